"""Lines of chrome inside an article's text: promos, ad slots' lines, and what closes it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from api.parser.document import Block
from api.parser.heading_limits import QUOTED_OPENERS
from api.parser.html.sources import is_source_line  # one table of source labels (credits.py)
from api.parser.html.text import all_text, element_text, link_density, tidy
from api.parser.page_chrome import (  # one table of calls to sign up, one of box labels
    AUTHOR_NOTE,
    NOTE_SPACES,
    is_box_label,
    is_control,
    is_timestamp,
)
from api.parser.quote_words import REPORTING_VERBS

MAX_PROMO = 300  # characters: a promo's line or two, not a paragraph about the platform
# A social network or news app a promo sends the reader to, in the names its readers know.
PLATFORM = (
    r"(?:facebook\w*|instagram\w*|telegram\w*|whats ?app\w*|tik ?tok\w*|youtube\w*|twitter\w*"
    r"|threads|linkedin\w*|google news|google (?:nieuws|noticias|notícias|actualités)"
    r"|গুগল নিউজ|गूगल न्यूज़|구글 뉴스|телеграм\w*|טלגרם|וואטסאפ)"
)
# The verbs that open a follow-us promo, a table by language (the imperative, as promos write
# it): 'Follow us on Instagram', 'Dołącz do nas na Facebooku!' (Polish 'join us'), 'Obserwuj
# nas' ('watch us'), 'Síguenos', 'Folgen Sie uns', 'Suivez-nous', 'Ikuti kami' (Indonesian),
# 'Jiunge na chaneli yetu' (Swahili 'join our channel'), 'Підписуйтесь на наш канал'
# (Ukrainian 'subscribe to'), 'Подпишитесь на' (Russian), 'Ακολουθήστε' (Greek 'follow'),
# 'הצטרפו ל...' and 'עקבו אחרינו' (Hebrew 'join', 'follow us').
FOLLOW_OPENS = (
    r"(?:follow|join|like|find|subscribe to) (?:us|our|the)\b|follow \S+ on"
    r"|dołącz do nas|obserwuj nas|polub nas|śledź nas"
    r"|síguenos|siga-nos|seguici|folgen sie uns|folge uns|suivez-nous|rejoignez-nous"
    r"|ikuti (?:kami|kanal)|gabung(?:lah)? (?:bersama )?(?:kami|di)|theo dõi chúng tôi"
    r"|jiunge na|fuatilia|підписуйтес[ья]|підпишіться|приєднуйтес[ья]|подписывайтесь"
    r"|подпишитесь|присоединяйтесь|ακολουθήστε|γίνετε μέλος|הצטרפו|עקבו אחרינו"
)
FOLLOW_PROMO = re.compile(rf"^(?:{FOLLOW_OPENS})\b.*{PLATFORM}", re.IGNORECASE)
# What a follow call promises after its platform, closing the line: ' to get our up-to-date
# news in your feeds', ' for the latest updates'.
FOLLOW_GAIN: Final = r",? (?:to|for) [^.!?]{1,100}"
# A promo's call closing the line after a clause or a sentence of its own, the platform its
# last word or followed by what the reader gets there: '... is now on Telegram. For the best
# reports, subscribe to The X on Telegram.', 'Follow The X Y on Google News to get our news in
# your feeds.' A sentence reporting a call ('Residents were told to join the group on
# WhatsApp.') has the verb inside its clause, not opening one.
CLOSING_FOLLOW_CALL: Final = re.compile(
    rf"(?:^|[.!?,;]\s+)(?:follow|join|subscribe to)\b[^.!?]{{0,80}}\b(?:on|via) {PLATFORM}"
    rf"(?:{FOLLOW_GAIN})?[.!]?$",
    re.IGNORECASE,
)
# A call to follow or listen to the publication's own podcast, the imperative first: 'Follow
# and listen to our podcast, X, here.', 'Listen to our daily podcast on Spotify'. A sentence
# about a podcast ('Fans can listen to the podcast on Fridays.') opens with no call.
PODCAST_PROMO: Final = re.compile(
    r"^(?:follow|listen|subscribe|tune in)(?: (?:and|or|&) (?:follow|listen|subscribe))?"
    r"(?: to| in to)? (?:our|my) (?:[\w-]+ ){0,2}podcasts?\b",
    re.IGNORECASE,
)
# Languages that put the verb last end the promo with it: Bengali '... গুগল নিউজ চ্যানেল ফলো
# করুন' ('follow the Google News channel'), Hindi '... फॉलो करें', Korean '... 구독하세요'; the
# platform is looked for only in a line ending so.
# Turkish too: 'Bizi Google News'te takip edin' ('follow us on Google News').
FOLLOW_CLOSES = re.compile(
    r"(?:ফলো করুন|ফলো করে রাখুন|फॉलो करें|구독하세요|팔로우하세요|takip edin)[।!.]?$"
)
CLOSING_TAIL = 20  # characters at a line's end that hold a closing verb
PLATFORM_NAME = re.compile(PLATFORM, re.IGNORECASE)
# An ad slot's line telling the reader the text goes on past it, a table by language:
# 'Scroll to continue with content', 'Story continues below advertisement', German
# 'Weiterlesen nach der Anzeige', French 'La suite après cette publicité', Indonesian 'Gulir
# untuk melanjutkan'.
AD_SLOT_LINE = re.compile(
    r"^(?:scroll (?:down )?to continue(?: reading| with (?:the )?content)?"
    r"|(?:the )?(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?"
    r"|weiterlesen nach der anzeige|la suite après (?:cette |la )?publicité"
    r"|gulir untuk melanjutkan(?: membaca)?)[.…]?$",
    re.IGNORECASE,
)
# A line sending the reader to a video, a table by language: Indonesian 'Simak Video "..."'
# and 'Tonton video ...', 'Watch the video: ...', Polish 'Zobacz wideo', often with the
# player's mark in brackets after it ('[Gambas:Video 20detik]').
VIDEO_PROMO = re.compile(
    r"^(?:simak|tonton|saksikan) video\b|^watch the video\b|^zobacz (?:też )?(?:wideo|film)\b"
    r"|^mira el v[ií]deo\b",
    re.IGNORECASE,
)
# A call for tip-offs: a question asking the reader for a story, a tip or pictures, or whether
# they know more of it or were touched by it, then how to send them ('Got a story? Email
# news@x.example or WhatsApp us.', 'Do you have a story to share? Contact our newsdesk', 'Have
# you got pictures of the storm? Send them to ...', 'Do you know more? Email ...', 'Have you
# been affected by the closures? Call ...', 'Were you there? Text ...'); or the call alone, an
# imperative to share or get in touch ('Share your story: ...', 'Contact the newsroom at ...').
TIP_QUESTION: Final = (
    r"^(?:(?:(?:got|have you got|do you have|have you|have) (?:a |an |any )?"
    r"(?:(?:sensitive|confidential|anonymous) )?(?:story|news tip|tip|tip-off|pictures?|photos?"
    r"|videos?|information|info|documents?)"
    r"|(?:do you|does anyone|did you) know (?:more|anything|something)"
    r"|(?:have you|were you|was your \w+) (?:been )?(?:affected|impacted|caught up|involved)"
    r"|(?:were you|was anyone you know) there"
    r"|did you (?:see|witness|film|hear)"
    r")\b[^?]{0,60}\?"
    r"|(?:share your (?:story|experience|pictures?|photos?|videos?)"
    r"|tell us your (?:story|experience)"
    r"|contact (?:the|our) (?:newsroom|newsdesk|news desk|desk))\b:?)"
)
TIP_OFF: Final = re.compile(
    TIP_QUESTION + r" (?:e-?mail|contact|call|send|get in|message|text|tell|share|whats ?app"
    r"|drop|write)\b",
    re.IGNORECASE,
)
TIP_OPENING: Final = re.compile(TIP_QUESTION, re.IGNORECASE)
# The publication's own desk, as a call to the reader names it: 'our news team', 'our
# newsroom', 'the newsdesk', 'our reporters' ('the team' or 'the editors' may be anyone's).
OUR_DESK: Final = (
    r"(?:our (?:news ?team|newsroom|news ?desk|editors?|editorial team|team|reporters?)"
    r"|the (?:news ?team|newsroom|news ?desk))"
)
# A call to write to the desk, no question before it, and how: 'Get in touch with our news team
# by emailing us at news@x.example', 'Contact our newsdesk on 0161 496 0000', 'Email our
# reporters at tips@x.example'. (TIP_OFF's calls come after a question.)
NEWSROOM_CALL: Final = re.compile(
    r"^(?:please )?(?:get in touch with|contact|e-?mail|write to|message|reach) "
    + OUR_DESK
    + r"\b[^.!?]{0,80}?\b(?:by|at|on|via|using)\b",
    re.IGNORECASE,
)
# A call to read more of the site's stories, and where: 'For more stories like this, check our
# news page.', 'For more news like this, follow us on X', 'Want more stories like this? Sign up
# ...'. A sentence of the story ('For more stories of the war, the museum has ...') makes no call.
MORE_STORIES_CALL: Final = re.compile(
    r"^(?:for|want) more (?:stories|news|articles|content|updates|coverage|reports)"
    r"(?: like (?:this|these))?[,?]? (?:please )?(?:check|visit|see|head|go|follow|read|click"
    r"|tap|sign up|subscribe|like|download|bookmark|join)\b",
    re.IGNORECASE,
)
# A question about the reader's own situation, their work, home or past ('Do you work night
# shifts and want to share your story?', 'Are you a landlord ...?', 'Have you ever worked
# ...?'), then a call to the reporter or the newsroom by name or address ('Contact this
# reporter at x@y.example', 'Email us'): a tip-off line. Such a question with a call elsewhere
# ('Are you a landlord? Contact the council to register.') is the story's own advice.
READER_TIP: Final = re.compile(
    r"^(?:(?:do|did) you (?:currently |still )?(?:work|live|own|run|rent|drive|teach|study"
    r"|manage|care for|use|have)"
    r"|(?:are|were) you (?:a|an|one of|currently|still|among)"
    r"|have you (?:ever )?(?:worked|lived|owned|rented|run|used|had|been (?:a|an|one of)))"
    r"\b[^?]{0,90}\? (?:please )?(?:(?:contact|e-?mail|message|reach|write to|get in touch with)"
    r" (?:this|the|our) (?:reporter|writer|author|journalist|correspondent|newsroom|newsdesk"
    r"|news desk|team)\b|(?:contact|e-?mail|message|tell|write to|get in touch with) us\b"
    r"|[^?]{0,60}@[\w-]+\.)",
    re.IGNORECASE,
)
# A secure channel a tip-off line names for sensitive tips, after a sentence about the desk's
# beat: 'Got a sensitive tip? We cover the courts. Reach Jo Lee securely on Signal at ...'
# (after TIP_OPENING's question; a story's 'She messaged him on WhatsApp' opens with none).
SECURE_CHANNEL: Final = re.compile(
    r"\b(?:reach|contact|message|text|e-?mail|send)\b[^.?!]{0,60}"
    r"\b(?:on|via|through|using|at) (?:signal|whatsapp|securedrop|telegram|proton ?mail)\b",
    re.IGNORECASE,
)
# Who an appeal in the story sends the reader to: a tip-off line asks for the newsroom, so a
# question that ends 'call police on 101' is the story's own appeal ('Did you see the crash?
# Call Crimestoppers anonymously on 0800 555 111.') and stays in the text.
POLICE_APPEAL: Final = re.compile(
    r"\b(?:police|crime ?stoppers|detectives?|officers?|constabulary|garda[ií]?|sheriff'?s?"
    r"|investigators)\b",
    re.IGNORECASE,
)
# A tip box's title: the question alone, or with the plea after it ('Do you have information
# about the closures? We want to hear from you.').
TIP_TITLE: Final = re.compile(
    TIP_QUESTION + r"(?: we(?:'d|’d| would)? (?:want|like|love) to hear from you[.!]?)?$",
    re.IGNORECASE,
)
# The letters a tip box's title can open with (TIP_TITLE's first words, either case); any
# other ASCII letter settles a head as none before its text is read.
# The label of a note on the writer closing the text: 'About the author:', 'About the writers:'.
BIO_LABEL: Final = re.compile(
    r"^About the (?:author|writer|reporter|columnist|contributor)s? ?: (?=\S)", re.IGNORECASE
)
TIP_OPENERS: Final = frozenset("CDGHSTWcdghstw")
LIST_TAGS: Final = ("ul", "ol")
# A weekly's note on where the article stood in print, closing the web page: 'This article
# appeared in the Science section of the print edition under the headline "..."', 'A version of
# this story appeared in print on March 3, 2026', a paper's whole line 'Published in The Ledger,
# December 6th, 2026' (the paper's record, not the story's text).
PRINT_NOTE: Final = re.compile(
    r"^(?:this (?:article|story|piece)|a version of this (?:article|story|piece))"
    r" (?:(?:first )?appear(?:s|ed)|(?:was|is) (?:first |originally )?published)\b[^.]{0,80}?"
    r"\b(?:in print|print edition)\b"
    r"|^published in (?:the )?(?-i:[A-Z])[^,.;:]{0,40}(?:,| on) "
    r"(?:(?-i:[A-Z][a-z]+) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?-i:[A-Z][a-z]+))"
    r",? \d{4}\.?$",
    re.IGNORECASE,
)
# The symbols a magazine sets after the last word of its text (an end mark or tombstone), and
# the stops before it: '... already answered some of its questions.■'.
END_MARKS: Final = frozenset("■◼◾∎❖")
STOPS_BEFORE_END_MARK: Final = (".", "!", "?", "”", '"', "’", ")")
MAX_PRINT_NOTE: Final = 240  # characters: the section, the edition's date and a headline
# A call to read the story (or more of it) in the paper or the magazine in print: 'Read the full
# story in this week's Harbour Gazette, on sale now.', 'For the full interview, pick up
# Saturday's edition.', 'The full report is in today's paper.', 'Pick up a copy of the Courier
# on Thursday for more.' The call opens the line, and a word of print closes its clause
# ('Read the full story of her escape in her memoir' names no paper's edition).
_PRINT_WORDS: Final = (
    r"(?:print|weekend|latest|weekly|daily|digital|Saturday|Sunday)(?:'s|’s)? (?:edition|issue)"
    r"|in print|on sale|newsstands?|newsagents?|e-?paper|print edition"
)
_DAYS_PAPER: Final = (
    r"(?:this week|today|tomorrow|(?-i:[A-Z][a-z]+day))(?:'s|’s)"
    r" (?:(?-i:[A-Z])[\w&'’-]* ){0,3}(?:edition|issue|paper|newspaper|magazine"
)
PRINT_CALL: Final = re.compile(
    r"^(?:(?:(?:read|see|get|find|catch) (?:the |our )?"
    r"(?:full|whole|complete|rest of the|more of the)"
    r" (?:story|article|report|interview|feature|piece|coverage|review)"
    r"|(?:read|see) more (?:in|on|inside)"
    r"|for (?:the |our )?(?:full|whole|complete) (?:story|article|report|interview|feature|piece)"
    r"|(?:pick up|grab|buy) (?:a |your |the |this week's |today's |tomorrow's )?(?:copy|edition))"
    # (a call to the reader: a day's paper by its name alone, `in Friday's Courier`)
    r"[^.!?]{0,100}?\b(?:" + _PRINT_WORDS + "|" + _DAYS_PAPER + r"|(?-i:[A-Z])\w+))"
    r"|the (?:full|whole|complete) (?:story|article|report|interview|feature|piece)"
    r" (?:is|appears|runs) (?:in|on)"
    # (a statement names print: `The full report is in today's paper`, not `The full report
    # appears in Tuesday's Lancet`, a journal's that the story reports)
    r"[^.!?]{0,100}?\b(?:" + _PRINT_WORDS + "|" + _DAYS_PAPER + r")))\b",
    re.IGNORECASE,
)
MAX_PRINT_CALL: Final = 200  # characters: a call and the paper's name, not a paragraph
# A subscription pitch, a sentence of the line opening on the call ('Subscribe now for just $1
# a week.', 'Want more? Subscribe for unlimited access.', 'Support local journalism: subscribe
# today.', 'Enjoy this article? Become a subscriber for full access to our journalism.'); the
# line names what a subscription is (SUBSCRIPTION_TERMS): a call to subscribe to a service's
# alerts ('Subscribe to the council's flood alerts to get warnings.') names none.
SUBSCRIBE_CALL: Final = re.compile(
    r"^(?:subscribe|become an? (?:paid |digital |print )?subscriber"
    r"|support (?:local|independent|our|quality|trusted|community) (?:news|journalism))\b",
    re.IGNORECASE,
)
SUBSCRIPTION_TERMS: Final = re.compile(
    r"\b(?:unlimited|full|digital|premium|unrestricted) access\b|\bjournalism\b"
    r"|[£$€]\s?\d|\b(?:a|per) (?:week|month|year)\b|\bsubscri(?:ber|ption)s?\b",
    re.IGNORECASE,
)
# The reader's own prompts and widgets' labels, whole lines: 'Already a subscriber? Log in.',
# 'Listen to this article · 4 min', 'Get the app', 'Never miss a story: get our breaking news
# alerts.', 'Turn on notifications to get the latest updates.'
READER_PROMPT: Final = re.compile(
    r"^(?:already (?:an? )?(?:subscriber|member|registered)\?\s*(?:log|sign) ?in\b[.!]?"
    r"|listen to this (?:article|story)(?:\s*[·|•:–-]?\s*\d+\s*(?:min(?:ute)?s?|m)\b\.?)?"
    r"|(?:get|download) (?:the|our) app[.!]?"
    r"|never miss a (?:story|thing|beat)\b.{0,80}"
    r"|(?:get|sign up for|turn on) our (?:breaking )?news alerts\b.{0,60}"
    r"|turn on (?:push )?notifications to get the latest (?:news|updates|stories)\b.{0,40})$",
    re.IGNORECASE,
)
# A line naming a story to read next under a label of its own, no link left: 'READ MORE: Ferry
# fares to rise in May', 'Also read: Ferry fares to rise'. A label in capitals is the desk's
# whatever follows; one in mixed case only before a title (no stop closing it).
READ_NEXT_CAPS: Final = re.compile(r"^(?:READ MORE|ALSO READ|READ ALSO|RELATED|SEE ALSO|MORE):\s")
READ_NEXT: Final = re.compile(r"^(?:Read more|Also read|Read also|Related|See also):\s+[A-Z]")
MAX_READ_NEXT = 140  # characters: a label and a headline
# A telephone number: seven digits or more in groups, an international '+' before them:
# '0800 555 0101', '+44 (0)20 7946 0000', '555-0134'.
PHONE: Final = re.compile(r"\+?\(?\d[\d ().-]{5,18}\d")
MIN_PHONE_DIGITS = 7
# The words a contact line may hold besides its numbers and addresses: how to reach the desk
# ('Call us on', 'Text', 'WhatsApp', 'Email:'), never a sentence's own words.
CONTACT_WORDS: Final = frozenset(
    "call ring phone telephone tel mobile freephone text txt sms whatsapp signal email e mail"
    " contact message us our the newsdesk newsroom news desk tips tip line hotline number on at"
    " or and to send with".split()
)
MAX_CALL_LINE = 160  # characters: a question, a number or two and an address
# A note asking the reader to report a typo by a key chord, in any language it is written in:
# 'Spotted a mistake? Select it and press Ctrl+Enter', 'Помітили помилку? ... Ctrl+Enter'.
ERROR_REPORT = re.compile(r"\bctrl ?\+ ?enter\b", re.IGNORECASE)
MAX_ERROR_NOTE = 160  # characters: a question and the chord, not a paragraph about keyboards
# A notice shown where a script would draw a gallery or a player: 'This slideshow requires
# JavaScript.', 'Please enable JavaScript to view the comments', 'JavaScript is disabled'.
SCRIPT_NOTICE: Final = re.compile(
    r"^(?:(?:this|the|your) (?:\w+ ){0,2}(?:requires|needs) javascript"
    r"(?: enabled| to (?:\w+ ){0,4}\w+)?[.!]?$"
    r"|(?:please )?(?:enable|turn on|switch on) javascript\b"
    r"|you (?:need|must|have) to (?:enable|turn on|have) javascript\b"
    r"|javascript (?:is )?(?:required|disabled|turned off)\b)",
    re.IGNORECASE,
)
MAX_SCRIPT_NOTICE = 160  # characters: a notice, not a paragraph about browsers
# A magazine's subscription offer: a call to order ('Get', 'Subscribe', 'Try') and a price for
# a number of issues ('12 issues for £11.99', '3 issues for just €5') or a delivery every
# month: 'Get Angler's Digest delivered to your door every month. 13 issues for $19.99.'
OFFER_OPENS: Final = re.compile(
    r"^(?:get|subscribe|try|order|save|treat yourself)\b", re.IGNORECASE
)
ISSUES_OFFER: Final = re.compile(
    r"\b\d+ (?:issues|editions|copies) (?:for|at) (?:just |only )?[£$€]\s?\d"
    r"|\bdelivered (?:to your (?:door|home|inbox)|through your letterbox) every (?:week|month)\b",
    re.IGNORECASE,
)
# A newsletter's pitch: a short paragraph whose last sentence sends the reader to sign up
# ('Start your day with Market Minute. Sign up for the free daily newsletter.', 'There is
# more where that came from. Subscribe to The Ledger to get it in your inbox.'), or offers
# what signing up brings ('Get more city news by signing up for our daily newsletter.', 'Get
# the day's top stories in your inbox every morning.').
NEWSLETTER_CALL: Final = re.compile(
    r"^(?:sign up|subscribe|register)\b.{0,120}\b(?:newsletters?|inbox(?:es)?)\b"
    r"|^get\b.{0,120}?(?:\bby (?:signing up|subscribing|registering)\b.{0,80}\bnewsletters?"
    r"|\b(?:in|to|into) your inbox(?:es)?)\b",
    re.IGNORECASE,
)
# A call to get the publication's app, a sentence of its own opening on the imperative: our
# app ('Get our free app.'), or an app named in a line about the news it brings ('Download the
# Ledger App to get daily market updates.' after 'Catch all the Industry News on Ledger.'). A
# sentence about an app ('Residents can download the app to report potholes.') opens with no
# call, and a service's app ('Download the ParkEasy app to pay for parking.') brings no news.
APP_CALL: Final = re.compile(
    r"^(?:download|install|get|grab) (?:the |(our ))?(?:free |new |official )?"
    r"(?:[\w&'’.-]+ ){0,3}apps?\b",
    re.IGNORECASE,
)
APP_NEWS: Final = re.compile(r"\b(?:news|headlines|stories)\b", re.IGNORECASE)
# A call to follow all of the publication's news there, the imperative first, in brackets or
# not: '(Catch all the Business News, Breaking News Events and Latest News Updates on X.)',
# 'Get all the latest sports news at X.' A sentence about news ('Residents can get the news on
# the radio.') opens with no call; a call someone made is the story's (SAID_WORDS).
NEWS_CALL: Final = re.compile(
    r"^\(?(?i:catch|get|read|follow|keep up with|stay (?:up to date|updated|informed) with)"
    r" (?i:all |more )?(?i:of )?(?i:the |our )?[^.!?]{0,80}?(?i:\bnews\b)[^.!?]{0,120}"
    r" (?i:on|at|from|with) (?:the |The )?[A-Z]"
)
# A copyright or republishing notice, whatever box holds it: 'Copyright 2026 X Media, Inc. All
# rights reserved.', '© 2026 X. This material may not be published, broadcast, rewritten or
# redistributed.' A sentence about rights ('Copyright lawyers say ...') names no holder's year
# and reserves nothing.
RIGHTS_OPENS: Final = re.compile(r"^\(?(?:(?i:copyright)|©|\([cC]\))\s*(?:©\s*)?(?:19|20)\d\d\b")
RIGHTS_RESERVED: Final = re.compile(
    r"\ball rights reserved\b|\bmay not be (?:re)?(?:published|reproduced|copied)"
    r"(?:,? (?:or )?(?:broadcast|rewritten|redistributed|reproduced|copied|distributed))+\b",
    re.IGNORECASE,
)
# The notice's clause opening the line on the material it covers: 'This material may not be
# published ..', 'All rights reserved.'
REPUBLISH_ALONE: Final = re.compile(
    r"^(?:all rights reserved\b|(?:this|the) (?:material|content|article|story)(?: [a-z]+){0,3}"
    r" may not be\b)",
    re.IGNORECASE,
)
# The verbs that make a call someone's words in a story ('..., the council urged.'); not
# 'read', a promo's own call ('Download our app and read the news anywhere.').
SAID_WORDS: Final = REPORTING_VERBS - {"read", "reads"}
WORDS: Final = re.compile(r"[a-z]+")
# A shop's note that the publication is paid for what readers buy through its links (an
# affiliate disclosure): a sentence saying the page holds affiliate links ('This article
# contains affiliate links.'), or that we earn from them or from what is bought ('We may earn a
# commission when you buy through our links.', 'When you buy through links on our site, we may
# earn an affiliate commission.'). A story's paragraph about commissions ('Agents said they
# earn a commission on each booking.') has no 'we' earning, or someone said to speak.
AFFILIATE_LINKS: Final = re.compile(
    r"\b(?:this|our|these|some) (?:articles?|posts?|pages?|stor(?:y|ies)|site|website|reviews?"
    r"|guides?|lists?|content|pieces?)\b[^.]{0,40}?\b(?:contains?|includes?|uses?|features?|has"
    r"|have) (?:\w+ ){0,2}affiliate links?\b",
    re.IGNORECASE,
)
WE_EARN: Final = re.compile(
    r"\bwe (?:may |might |could |can |will )?(?:also )?(?:earn|receive|get|make|be paid)\b"
    r"[^.]{0,60}?\b(?:commissions?|compensation|affiliate)",
    re.IGNORECASE,
)
# The word stems every such note holds, looked for before any pattern (in any case's first
# letter: 'Commission', 'affiliate').
AFFILIATE_STEMS: Final = ("ommission", "ffiliate", "ompensat")
LINKS_OR_BUYING: Final = re.compile(r"\blinks?\b|\b(?:buy|purchas|shop)", re.IGNORECASE)
MAX_DISCLOSURE: Final = 600  # characters: a review site's note of a few sentences
# A call for the readers' comments heading the comments' box: 'Tell us what YOU think...',
# 'Have your say', 'What do you think?', the whole line.
COMMENTS_CALL: Final = re.compile(
    r"^(?:tell us what you think|have your say|what do you think|let us know what you think"
    r"|join the (?:debate|conversation|discussion))[\s.!?…]*$",
    re.IGNORECASE,
)
# A closing call to the readers to comment or write to the newsroom, in its own words: 'Let us
# know by leaving a comment below, or send a WhatsApp to ..', 'Tell us in the comments section'.
# It opens with the call and names the comments below or the newsroom's channel; a story's line
# on a consultation ('Residents can comment on the plan until May.') opens with no call.
COMMENT_CALL_OPENS: Final = re.compile(
    r"^(?:let us know|tell us|leave (?:us )?a comment|share your (?:views|thoughts|story))\b",
    re.IGNORECASE,
)
COMMENT_CALL_PLACE: Final = re.compile(
    r"\bcomments?(?: section| box)? below\b|\bcomments? (?:section|box)\b|\bsend (?:us )?an? "
    r"(?:whatsapp|email|e-mail|message|text)\b|\b(?:email|e-mail|whatsapp|message) us\b",
    re.IGNORECASE,
)
# The reporting verbs of a story's line that a call to comment uses for its own ends ('tell us',
# 'what you think', 'comments below'): the others say someone spoke ('.., the mayor wrote.').
NOT_A_CALL: Final = SAID_WORDS - {"comment", "comments", "tell", "think", "know", "share", "text"}
# A post's line of labelled fields, the date, author, category and tags a blog prints over
# its text, in the languages we can name them: '12/04/2023 - Posted by: Ann Lee - Category:
# Events - Tags: parade', Portuguese 'Publicado por: ... - Categoria: ...', Spanish
# 'Categoría:', 'Etiquetas:', German 'Kategorie:', French 'Catégorie :'.
META_LABEL: Final = re.compile(
    r"^(?:(?:posted|published|written|filed|publicado|postado|publié|veröffentlicht|pubblicato)"
    r"(?: (?:by|in|under|on|por|em|par|von|da))?|categor(?:y|ies)|categoria|categoría|kategorie"
    r"|catégorie|kategori|tags?|tagged|etiquetas|topics?|autor|author)\s*:"
    r"|^(?:posted|published|written|publicado|postado|publié|pubblicato) (?:by|por|par|da) ",
    re.IGNORECASE,
)
META_FIELDS: Final = re.compile(r"\s+[-–|·•]\s+")
MIN_META_FIELDS = 2  # labelled fields: a line of a post's data, not a sentence with a colon
MAX_META_LINE = 300  # characters: a date, a name, a category and a few tags
# A line of the time a story was changed or posted: 'Updated at 1:23 p.m.', 'Last updated
# 14:05 GMT' (page_chrome.is_timestamp reads its clock and words).
UPDATE_OPENS: Final = re.compile(
    r"^(?:last )?(?:updated|modified|posted|published)\b", re.IGNORECASE
)
# A timestamp of a date with its year and a clock, standing alone: the story's, not a live
# post's time ('12:30', 'Monday 12:30' head a live blog's entries and stay).
YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
MAX_DATED_STAMP = 60  # characters: a date, a time and a zone
# A notice that the story is old, shown over it: 'This article was published 06/12/2019 (2190
# days ago), so information in it may no longer be current.', 'This story is more than 2 years
# old. Facts may be out of date.': the story's age, then a warning that it may be out of date.
AGE_NOTICE: Final = re.compile(
    r"\bthis (?:article|story|piece|post|report|content) (?:was (?:first |originally )?"
    r"(?:published|written|posted)|is (?:more than |over )?[\w ]{1,20} old)\b.{0,100}?"
    r"\b(?:may|might|could) (?:no longer be (?:current|accurate|up to date|up-to-date|relevant)"
    r"|be (?:out of date|out-of-date|outdated|inaccurate))",
    re.IGNORECASE,
)
PLAYER_MARK = re.compile(r"\[\w+:[^\[\]]{1,60}\]$")  # '[Gambas:Video 20detik]'
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_NAME_WORDS = 4  # a reporter's name and title: '김하늘 기자', 'Jane Q. Doe'
MAX_REPORTER_LINE = 120  # characters: a name, a title and an address
SENTENCE_MARKS = tuple(".!?。！？")
SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?])\s+")  # 'Pitch. Sign up.' -> 'Pitch.', 'Sign up.'
RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
# A desk's sign-off closing the text, its initials alone: 'FD', '— JT', 'AB/CD'
# (a weekly edition's initials may carry its number: 'DM168')
DESK_INITIALS: Final = re.compile(r"(?:[—–-] ?)?[A-Z]{2,3}\d{0,3}(?:/[A-Z]{2,3}\d{0,3}){0,2}")
# A note about the writer closing the text: a sentence of their name and beat, then a call to
# read their other work (a link to their page): 'Jo Bryce covers courts for the Ledger. Read
# more of her stories here.' The beat alone ('Okafor covers the county courts, a job she took
# in 2019.') is a sentence of the text, and a note giving the writer's address ('... Contact him
# at x@y.example.') is the text's too, as the answers of earlier batches keep it.
WRITER_BEAT: Final = re.compile(
    r"(?:[A-Z][\w'’.-]*\s){1,4}(?:covers|reports on|writes (?:about|on|for)|is (?:a|an|the)\s"
    r"(?:[\w-]+\s){0,4}(?:reporter|writer|correspondent|editor|columnist|journalist))\b"
)
WRITER_CALL: Final = re.compile(
    r"(?:read|see|find|browse|view) (?:more of |all of |more from |other )?(?:his|her|their)"
    r" (?:other |previous |recent |latest )?(?:stories|work|articles|reporting|coverage|columns"
    r"|posts|writing)\b",
    re.IGNORECASE,
)
# A line that is only a call to read more of the site's articles on a subject, sent by a link
# on its last word: 'Read more articles we've written about local businesses here.', 'See all
# our coverage of the floods here.' 'Read more about the ruling here.' names no articles.
SITE_CALL: Final = re.compile(
    r"(?:read|see|find|browse|explore) (?:more|all|other)(?: of)?(?: our)? (?:[\w-]+ )?"
    r"(?:articles|stories|coverage|posts|reporting)\b[^.!?]{0,100}\bhere[.!]?",
    re.IGNORECASE,
)
# A player's or a feed's label naming other media, no sentence: 'Recommended Videos', 'Up next'.
MEDIA_LABEL: Final = re.compile(
    r"(?:(?:recommended|related|suggested|featured|latest|popular|trending|top|more)"
    r"(?: for you)? (?:videos?|clips|podcasts?|galleries|photos|reads|watches)(?: for you)?"
    r"|(?:watch|up) next|watch more|more to watch|videos?)[:.]?",
    re.IGNORECASE,
)
MAX_WIDGET_LABEL: Final = 40  # characters: a label, not a line of text
# The calls after a note on the writer (is_staff_note): 'You can contact Ann by email at ..',
# 'Reach her at ..', 'Follow him on X @ann.'
STAFF_CONTACT: Final = re.compile(
    r"(?:you can |readers can )?(?:contact|reach|e-?mail|write to|follow)\b", re.IGNORECASE
)
# The label of a line crediting the piece's making: 'Feature Presentation:', 'Produced by:'.
PRODUCTION_LABEL: Final = re.compile(
    r"(?i:(?:feature )?presentation|produced by|production|design(?:ed by)?|graphics"
    r"|illustrations?|visuals|layout|animation|videography|video production)\s*:\s*(?=[A-Z])"
)
# What an editor did to the piece, as a closing line or note names it, and a second task joined
# by 'and': 'Edited', 'Editing', 'Fact-checked', 'Edited and translated'.
EDITING_WORK: Final = (
    r"(?:edited|editing|translated|fact-checked|copy-edited|subedited)"
    r"(?: and (?:edited|translated|fact-checked|condensed))?"
)
# The label of a closing line naming who edited the piece, capitalised, no colon, as a header's
# line has it: 'Edited by Ann Lee', 'Edited and translated by Ana Ruiz' ('The film was edited by
# X' is text).
EDIT_LINE_LABEL: Final = re.compile(rf"(?=[A-Z])(?i:{EDITING_WORK}) by:?\s+(?=[A-Z])")
MAX_NOTE_TAIL_WORDS = 6  # words after a staff note's trade: 'for the Harbour Daily in Leeds'
MAX_PRODUCTION_WORDS = 10  # a few names and an outlet, not a sentence
HOLDER_JOINS: Final = frozenset({"/", ",", "&", "and", "of", "the", "|"})
# Where a page sets the post's own picture, the word naming it in a closing credit line ('Feature
# image: ..', 'Top image via ..'); blocks.VIA_CREDIT reads the same words.
PICTURE_PLACE: Final = r"(?:feature[d]?|top|cover|header|lead|main|hero|banner)"
# A closing line about the page's own picture and who it came from: 'Feature image: Supplied.',
# 'Featured image adapted from Ann Lee.', 'Photo courtesy of the Lee family.' The word after
# the picture ties it to its holder; a label with 'credit' ('Main image credit: X') is
# blocks.CREDIT_LINE's, which the dev set's answers keep when it closes the text.
PICTURE_CREDIT: Final = re.compile(
    rf"(?:{PICTURE_PLACE} )?(?:image|photo(?:graph)?|picture|pic)s?"
    r"(?:\s*:\s*|\s+(?:courtesy(?: of)?|adapted from|supplied by|by|from|via)\s+)(?=\S)",
    re.IGNORECASE,
)
MAX_PICTURE_HOLDER_WORDS = 6  # a holder's name and a word of its kind: 'Lah Kopi reader'
# A closing note on the terms to republish the story: a call to republish it ('Republish this
# story for free.', 'You may republish this article.') or that it may be ('Our stories may be
# republished ..'), the note's other sentences those below (REPUBLISH_TERMS, OUTLET_NOTE).
REPUBLISH_CALL: Final = re.compile(
    r"(?:(?:you (?:may|can|are (?:free|welcome) to)|feel free to|please) )?re-?publish"
    r" (?:this|our) (?:story|article|piece|report|stories|articles)\b"
    r"|(?:this|our) (?:story|article|piece|report|stories|articles) (?:is|are|may be|can be)"
    r" (?:freely )?re-?published\b",
    re.IGNORECASE,
)
# What else a republish note says: how to credit or under which licence ('Please credit the
# Ledger.', 'This story is licensed under Creative Commons ..').
REPUBLISH_TERMS: Final = re.compile(
    r"(?:please )?credit\b|(?:this|our|the) (?:story|article|stories|articles|work)"
    r" (?:is|are) licen[sc]ed under\b",
    re.IGNORECASE,
)
# The outlet saying what it is, as its republish note opens: 'The Ledger is a nonprofit
# newsroom.' (a name, 'is a', a few words, a kind of newsroom).
OUTLET_NOTE: Final = re.compile(
    r"(?:The )?(?:[A-Z][\w'’&.-]*\s){1,5}is an? (?:[\w-]+,? ){0,3}"
    r"(?:newsroom|news (?:organi[sz]ation|site|outlet|service|agency)|publication|newspaper)\.?$"
)
MAX_WRITER_NOTE: Final = 300  # characters: a beat's sentence and a call, not a paragraph
# A note that the story came from a feed, not the newsroom, closing the text, in brackets or
# not: '(Except for the headline, this story has not been edited by X staff and is published
# from a syndicated feed.)', 'This is an auto-generated story from a syndicated news feed.'
FEED_NOTE: Final = re.compile(
    r"\b(?:this|the) (?:is an? [\w-]+ )?(?:story|article|report|copy|content)\b"
    r"(?:.{0,120}?\b(?:published|generated|taken|sourced|carried))? (?:from|via) (?:a |an |the )?"
    r"(?:syndicated|wire|news agency|agency)(?: news| wire)? feed\b",
    re.IGNORECASE,
)
# A programme's note closing the text: a first sentence introducing the desk as the paper's
# programme, a sentence naming its funder and one saying the newsroom keeps control of what it
# writes ('X Lab is a Y initiative that ... It is funded in part by the Z Foundation. Y
# maintains editorial control over X Lab content.'). A wire's funding note, no programme
# introduced ('The Wire receives support from ... The Wire is solely responsible for all
# content.'), is the text's, as earlier batches' answers keep it; so is a sentence about a
# project's money ('The shelter is a volunteer initiative. It is funded in part by the city.').
PROGRAMME: Final = re.compile(
    r"^(?:[A-Z][\w'’.&-]*\s){1,5}is (?:a|an|the) (?:[\w'’.&-]+\s){0,5}(?:initiative|project"
    r"|program|programme|partnership|collaboration|series|desk)\b"
)
FUNDED_BY: Final = re.compile(
    r"\b(?:funded|supported|underwritten|made possible|paid for)(?: in part| partly| solely)?"
    r" (?:by|through|with)\b|\breceives? (?:financial )?support from\b|\bgrants? from\b",
    re.IGNORECASE,
)
EDITORIAL_CONTROL: Final = re.compile(
    r"\b(?:maintains?|retains?|keeps?|has) (?:full |sole |complete )?editorial (?:control"
    r"|independence)\b|\bsolely responsible for (?:all )?(?:the )?content\b"
    r"|\b(?:editors|journalists|reporters)\b[^.]{0,40}\boperate independently\b",
    re.IGNORECASE,
)
# An editor's note in brackets, whole, closing the text: who edited (or translated, checked)
# it: '(Edited by Ann Lee)', '[Edited and translated by Ana Ruiz]', '(Editing by Tom Roe)'. A
# sentence about editing ('The film was edited by Ann Lee.') is no note.
EDIT_NOTE: Final = re.compile(rf"[(\[](?i:{EDITING_WORK} by) [A-Z][^()\[\]]{{0,80}}[)\]]\.?")
# An upper-case label and its colon opening a line: 'PAY ATTENTION: ', 'DON'T MISS: '.
CAPS_LABEL_OPENS: Final = re.compile(r"^[A-Z][A-Z'’ ]{1,30}[A-Z]:\s+")
# A sentence calling the reader to follow, subscribe to or get the publication somewhere: the
# imperative first, a platform or our own channel, page or app named: 'Follow X on WhatsApp!',
# 'Check out our channel and subscribe for the hottest videos!'. 'Follow the detour signs.'
# and 'Join us at the town hall.' name neither.
LABELLED_CALL_OPENS: Final = re.compile(
    r"^(?:follow|subscribe|download|install|join|like|check out)(?![\w-])", re.IGNORECASE
)
OUR_CHANNEL: Final = re.compile(
    rf"{PLATFORM}|\bour (?:[\w-]+ ){{0,2}}(?:channel|page|app|account|feed|newsletter|podcast)s?\b",
    re.IGNORECASE,
)
# A call to act in round brackets, whole: the imperative opening the bracket or a sentence, or
# asked for after a clause ('please', 'kindly'): '(To receive our E-paper daily, please click
# here.)', '(Subscribe to our channel for more.)'. '(Residents can join the meeting online.)'
# has its verb inside a clause.
ACT_VERBS: Final = r"(?:click|tap|subscribe|follow|join|sign up|register)(?![\w-])"
BRACKETED_CALL: Final = re.compile(
    rf"(?:^\(|[.!?]\s+)(?:please |kindly )?{ACT_VERBS}|,\s+(?:please|kindly) {ACT_VERBS}",
    re.IGNORECASE,
)
MAX_CLOSING_NOTE: Final = 500  # characters: a note of a few sentences, not a paragraph of text
LINKS_ONLY = 0.9  # share of link text in a box of cards: titles and, at most, a date


def is_promo_line(text: str) -> bool:
    """A promo line in the text: 'Dołącz do nas na Facebooku!', 'Scroll to continue with
    content', 'Simak Video "..." [Gambas:Video 20detik]', 'Got a story? Email us'. A sentence
    that mentions a platform ('The council asked residents to follow it on Facebook.') opens
    with no imperative. An affiliate disclosure (is_affiliate_note) may be longer."""
    if is_affiliate_note(text):
        return True  # 'We may earn a commission when you buy through our links.'
    if len(text) > MAX_PROMO:
        return False
    if AD_SLOT_LINE.match(text) or VIDEO_PROMO.match(text) or FOLLOW_PROMO.match(text):
        return True
    if CLOSING_FOLLOW_CALL.search(text[-MAX_PROMO:]):
        return True  # 'X is now on Telegram. ..., subscribe to X on Telegram.'
    if PODCAST_PROMO.match(text):
        return True  # 'Follow and listen to our podcast, X, here.'
    if is_tip_off(text) and POLICE_APPEAL.search(text) is None:
        return True  # 'Got a story? Email news@x.example or WhatsApp us.
    if is_desk_call(text):
        return True  # 'Get in touch with our news team by emailing us at news@x.example.'
    if is_print_call(text):
        return True  # 'Read the full story in this week's Harbour Gazette, on sale now.'
    if is_reader_pitch(text):
        return True  # 'Want more? Subscribe for unlimited access.', 'Listen to this article'
    if len(text) <= MAX_ERROR_NOTE and ERROR_REPORT.search(text):
        return True  # 'Помітили помилку? Виділіть її та натисніть Ctrl+Enter.'
    if is_pitch(text):
        return True  # 'This slideshow requires JavaScript.', 'Sign up for the newsletter.'
    if is_labelled_call(text):
        return True  # 'PAY ATTENTION: Follow X on WhatsApp!'

    closes = FOLLOW_CLOSES.search(text[-CLOSING_TAIL:]) is not None
    return closes and PLATFORM_NAME.search(text) is not None


def is_labelled_call(text: str) -> bool:
    """A promo under an upper-case label: the label and its colon, then a sentence calling the
    reader to follow or subscribe (LABELLED_CALL_OPENS) to a platform or our channel: 'PAY
    ATTENTION: Follow X on WhatsApp! Never miss a story.' A note under a label ('NOTE: Follow
    the detour signs on Main Street.') names no platform or channel of ours."""
    label = CAPS_LABEL_OPENS.match(text)
    if label is None or len(text) > MAX_PROMO:
        return False
    for sentence in SENTENCE_BREAK.split(text[label.end() :]):
        if LABELLED_CALL_OPENS.match(sentence) and OUR_CHANNEL.search(sentence):
            return True
    return False


def is_bracketed_call(text: str) -> bool:
    """A line in round brackets, whole, calling the reader to act (BRACKETED_CALL): '(To
    receive our E-paper on WhatsApp daily, please click here. We permit sharing.)'. A paragraph
    in brackets ('(The vote was held on Monday; residents could join online.)') calls no one."""
    if len(text) > MAX_CLOSING_NOTE or not text.startswith("("):
        return False
    if not text.rstrip(".").endswith(")"):
        return False
    return BRACKETED_CALL.search(text) is not None


def is_tip_off(text: str) -> bool:
    """A call for tip-offs (TIP_OFF), a question about the reader's own situation (READER_TIP),
    or a question asking for tips and a secure channel to send them by: 'Got a sensitive tip?
    We cover the courts. Reach Jo Lee securely on Signal at @jl.07.'"""
    if TIP_OFF.match(text) or READER_TIP.match(text):
        return True
    return TIP_OPENING.match(text) is not None and SECURE_CHANNEL.search(text) is not None


def is_desk_call(text: str) -> bool:
    """A line calling the reader to write to the publication's desk (NEWSROOM_CALL) or to read
    more of its stories (MORE_STORIES_CALL), no one said to have made it: 'Get in touch with our
    news team by emailing us at news@x.example.', 'For more stories like this, check our news
    page.'; 'Contact the council by phone, the mayor said.' names no desk of ours."""
    if NEWSROOM_CALL.match(text) is None and MORE_STORIES_CALL.match(text) is None:
        return False
    return no_one_said(text)


def is_print_call(text: str) -> bool:
    """A line sending the reader to the story in print (PRINT_CALL), no one said to have made
    the call: 'For the full interview, pick up Saturday's edition.'; 'Read the full report in
    Friday's paper, the council told residents.' is the story's."""
    if len(text) > MAX_PRINT_CALL or PRINT_CALL.match(text) is None:
        return False
    return no_one_said(text)


def is_reader_pitch(text: str) -> bool:
    """A line pitching the publication to its reader, no one said to make it: a subscription
    pitch (SUBSCRIBE_CALL with SUBSCRIPTION_TERMS), a reader's prompt or a widget's label
    (READER_PROMPT), a story to read next under its label with no link left (READ_NEXT):
    'Subscribe now for just $1 a week.', 'Already a subscriber? Log in.', 'READ MORE: Ferry
    fares to rise'. 'Subscribe to the council's flood alerts.' names no subscription."""
    if len(text) > MAX_PROMO:
        return False
    if READER_PROMPT.match(text):
        return no_one_said(text)
    if len(text) <= MAX_READ_NEXT and (
        READ_NEXT_CAPS.match(text) or (READ_NEXT.match(text) and not text.endswith("."))
    ):
        return True
    if "ubscri" not in text and "ournalism" not in text:
        return False  # (most lines: their sentences are not split)
    calls = any(SUBSCRIBE_CALL.match(part) for part in SENTENCE_PARTS.split(text))
    return calls and SUBSCRIPTION_TERMS.search(text) is not None and no_one_said(text)


# Where a pitch's call may open inside its line: after a sentence's stop, a question, or a
# colon ('Want more? Subscribe ..', 'Support local journalism: subscribe today.').
SENTENCE_PARTS: Final = re.compile(r"(?<=[.!?:])\s+")


def is_pitch(text: str) -> bool:
    """A notice or a pitch standing for the page, not the story: a script's notice ('This
    slideshow requires JavaScript.'), a subscription offer ('Get Rail Monthly delivered every
    month. 12 issues for £11.99.'), a newsletter's pitch ('... Sign up for the free daily
    newsletter.') or a call for comments ('Tell us what YOU think...', is_comment_call).
    'Readers can sign up for the newsletter.' opens with no call."""
    if len(text) <= MAX_SCRIPT_NOTICE and SCRIPT_NOTICE.match(text):
        return True
    if is_comments_call(text) or is_comment_call(text):
        return True
    if OFFER_OPENS.match(text) and ISSUES_OFFER.search(text):
        return True
    if is_app_promo(text):
        return True
    if is_news_call(text) or is_rights_notice(text):
        return True
    lowered = text.lower()
    if "newsletter" not in lowered and "inbox" not in lowered:
        return False  # (most lines: their sentences are not split)
    last = SENTENCE_BREAK.split(text)[-1]
    return NEWSLETTER_CALL.match(last) is not None


def is_comments_call(text: str) -> bool:
    """A whole line calling for the readers' comments (COMMENTS_CALL): 'Have your say'."""
    return COMMENTS_CALL.match(text) is not None


def is_comment_call(text: str) -> bool:
    """A call to the readers to comment below or write to the newsroom, a line or two: 'Let us
    know by leaving a comment below, or send a WhatsApp to 060 011 0211.' No one is said to
    speak in it ('Tell us in the comments below, the mayor wrote.' is the story's)."""
    if len(text) > MAX_CALL_LINE or not COMMENT_CALL_OPENS.match(text):
        return False
    if COMMENT_CALL_PLACE.search(text) is None:
        return False
    return no_one_said(text, NOT_A_CALL)


def is_affiliate_note(text: str) -> bool:
    """A shop's disclosure that the publication earns from its links (AFFILIATE_LINKS, or
    WE_EARN beside links or buying in a sentence), no one said to speak: 'X's picks are based
    on testing. We may earn a commission when you buy through our links. Read how we test'."""
    if len(text) > MAX_DISCLOSURE or not any(stem in text for stem in AFFILIATE_STEMS):
        return False  # (most lines: a substring's test, no pattern)
    if text[:1] in QUOTED_OPENERS:
        return False  # a quotation: someone's words ('“We earn a commission ...”')
    if not any(
        AFFILIATE_LINKS.search(sentence)
        or (WE_EARN.search(sentence) and LINKS_OR_BUYING.search(sentence))
        for sentence in SENTENCE_BREAK.split(text)
    ):
        return False
    return no_one_said(text)


def is_news_call(text: str) -> bool:
    """A call to follow the publication's news (NEWS_CALL), no one said to have made it: '(Catch
    all the Business News .. on X.)'; 'Get the news on the radio, the mayor urged.' stays."""
    if NEWS_CALL.match(text) is None:
        return False
    return no_one_said(text)


def is_rights_notice(text: str) -> bool:
    """A copyright or republishing notice (RIGHTS_OPENS, RIGHTS_RESERVED): 'Copyright 2026 X
    Media, Inc. All rights reserved. This material may not be published, ..'; 'This material
    may not be published, broadcast, rewritten or redistributed.' alone is one too. A paragraph
    about rights ('The court said the film may not be published or copied.') is the story's."""
    if len(text) > MAX_CLOSING_NOTE:
        return False
    opens = RIGHTS_OPENS.match(text) is not None
    # (the line's opening first: most lines open as neither, and the whole line is not searched)
    if not opens and REPUBLISH_ALONE.match(text) is None:
        return False
    if RIGHTS_RESERVED.search(text) is None:
        return False
    # the notice's clause alone: its sentence opens the line and names the material, no one
    return opens or no_one_said(text)


def no_one_said(text: str, verbs: frozenset[str] = SAID_WORDS) -> bool:
    """True when no reporting verb stands in the line: 'Get the news at X.' (not '.., the mayor
    urged.')."""
    return verbs.isdisjoint(WORDS.findall(text.lower()))


def is_app_promo(text: str) -> bool:
    """A promo for the publication's app: a sentence opening on a call to get our app, or an
    app in a line about its news (APP_CALL, APP_NEWS), no one said to have made the call:
    'Catch all the Industry News on X. Download the X App to get daily market updates.'
    ('Download the FloodWatch app for news of the river, the council urged.' stays)."""
    if "app" not in text.lower():
        return False  # (most lines: their sentences are not split)
    for sentence in SENTENCE_BREAK.split(text):
        if (call := APP_CALL.match(sentence)) is not None:
            if call.group(1) is None and APP_NEWS.search(text) is None:
                return False
            return no_one_said(sentence)
    return False


def is_meta_line(text: str) -> bool:
    """A line of the post's data, not its text: labelled fields ('05/03/2024 - Posted by: Ann
    Lee - Category: Events'), the time it was updated ('Updated at 1:23 p.m.') or a notice of
    its age (AGE_NOTICE). 'The prize - category: under-12s - went to Oak Street' has one
    label."""
    if len(text) > MAX_META_LINE:
        return False
    if UPDATE_OPENS.match(text) and is_timestamp(text):
        return True
    if AGE_NOTICE.search(text):
        return True  # 'This article was published ... ago, so ... may no longer be current.'
    if len(text) <= MAX_DATED_STAMP and is_timestamp(text) and YEAR.search(text):
        return True  # 'November 20, 2019 - 11:28 GMT': a date with its year, no live post's time
    if ":" not in text and " by " not in text.lower():
        return False  # (most lines: no field is looked for)
    labelled = sum(1 for field in META_FIELDS.split(text) if META_LABEL.match(field))
    return labelled >= MIN_META_FIELDS


def is_reporter_line(text: str) -> bool:
    """The reporter's name and e-mail closing the text: '김하늘 기자 sky@x.example', 'Jane Doe
    (jane@x.example)': an address and at most MAX_NAME_WORDS words, no sentence."""
    if len(text) > MAX_REPORTER_LINE or "@" not in text:
        return False  # (most paragraphs: the address's pattern is not tried on them)
    found = EMAIL.search(text)
    if found is None:
        return False
    rest = tidy((text[: found.start()] + " " + text[found.end() :]).strip(" ()<>[]·|,-–—/"))
    words = rest.replace("(", " ").replace(")", " ").split()
    return 0 < len(words) <= MAX_NAME_WORDS and not rest.endswith(SENTENCE_MARKS)


def without_closing_lines(blocks: list[Block], pitched: Sequence[Block] = ()) -> list[Block]:
    """The body without the reporter's and source lines closing it (in any order, the pictures
    after and between them kept): [..., 'Kept.', 'Źródło: X', picture] -> [..., 'Kept.', picture];
    a head over such lines alone, or over a pitch dropped under it (`pitched`), goes with them.
    The body's first block stays, a text of one line being no text with a closing line."""
    blocks = without_comments_call(blocks)
    dropped: set[int] = set()
    at = len(blocks) - 1
    while at > 0 and (
        blocks[at].type == "image"
        or is_closing_line(blocks[at])
        or heads_closing_box(blocks[at], bool(dropped), pitched)
    ):
        if blocks[at].type != "image":
            dropped.add(at)
        at -= 1
    if not dropped:
        return blocks
    return [block for i, block in enumerate(blocks) if i not in dropped]


MAX_COMMENTS_BOX_LINES: Final = 3  # a comments box's lines under its call: '3 comments', 'Log in'
MAX_COMMENTS_BOX_WORDS: Final = 4  # words of such a line: a count or a button, no sentence


def without_comments_call(blocks: list[Block]) -> list[Block]:
    """The body without a head calling for comments that closes the text, only a comments box's
    short lines under it: [..., 'Have your say', '3 comments'] -> [..., '3 comments'] (the
    lines are left to the rules for them). A call over the text's own lines is its head."""
    at, lines = len(blocks) - 1, 0
    while at > 0 and lines <= MAX_COMMENTS_BOX_LINES:
        block = blocks[at]
        if block.type == "subheading" and is_comments_call(block.text or ""):
            return blocks[:at] + blocks[at + 1 :]
        if block.type != "image":
            if (
                block.type != "paragraph"
                or len((block.text or "").split()) > MAX_COMMENTS_BOX_WORDS
            ):
                return blocks
            lines += 1
        at -= 1
    return blocks


def heads_closing_box(block: Block, over_closing: bool, pitched: Sequence[Block]) -> bool:
    """Whether a head closing the text stands over a box's lines alone: closing lines the walk
    back from the end dropped (`over_closing`) or a pitch dropped as the walk read it
    (`pitched`): '<p><b>Our morning briefing</b></p><p>Sign up free.</p>' after the last
    paragraph is a box's title, no head of the text. A head over the text's last paragraph, or
    closing the text with nothing under it, is no such title."""
    if block.type != "subheading":
        return False
    return over_closing or any(block is head for head in pitched)


def without_end_mark(blocks: list[Block]) -> list[Block]:
    """The body with the end mark a magazine closes its text with taken off its last paragraph
    (a solid square or a like symbol after the last sentence's stop): '... its questions.■' ->
    '... its questions.'; a symbol inside the text or with no stop before it stays."""
    at = len(blocks) - 1
    while at >= 0 and blocks[at].type == "image":
        at -= 1
    if at < 0 or blocks[at].type != "paragraph":
        return blocks
    text = blocks[at].text or ""
    if len(text) < 2 or text[-1] not in END_MARKS:
        return blocks
    kept = text[:-1].rstrip()
    if not kept.endswith(STOPS_BEFORE_END_MARK):
        return blocks
    return [*blocks[:at], Block(type="paragraph", text=kept), *blocks[at + 1 :]]


def is_closing_line(block: Block) -> bool:
    """A paragraph that closes a story's text and is no part of it: the reporter's line
    ('Jane Doe (jane@x.example)'), a note about the writer, the source line ('Source: Coast
    News + agencies'), a contact line ('Call 0800 555 0101'), which a bold line makes a head of
    nothing, a desk's initials ('FD'), an editor's note ('(Edited by Ann Lee)'), a call to
    act in brackets ('(To get our paper daily, please click here.)'), a staff writer's note
    ('Ann Lee is a Ledger staff writer.'), a production credit ('Produced by: Jo Roe'), a
    credit of the page's picture ('Feature image: Supplied.'), a republish note ('Republish
    this story for free.') or a call to the publisher's coverage ('Follow AP's full coverage of
    the vote at https://x.example/vote')."""
    text = block.text or ""
    if DESK_INITIALS.fullmatch(text):
        return True  # a sign-off, bold or not: no head of anything after it
    if block.type == "subheading":
        # a call for comments heading nothing of the text: the comments box's ('Have your say')
        return is_call_line(text) or is_comments_call(text) or is_bracketed_call(text)
    if block.type != "paragraph":
        return False
    return (
        is_reporter_line(text)
        or is_writer_note(text)
        or is_staff_note(text)
        or is_labelled_bio(text)
        or is_production_credit(text)
        or is_closing_picture_credit(text)
        or is_republish_note(text)
        or is_source_line(text)
        or is_call_line(text)
        or is_sign_up_line(text)
        or is_print_note(text)
        or is_feed_note(text)
        or is_coverage_call(text)
        or is_funding_note(text)
        or is_bracketed_call(text)
        or EDIT_NOTE.fullmatch(text) is not None
    )


def is_widget_label(text: str, head: bool = True) -> bool:
    """A line that is only a page widget's generic label, no sentence: a player's or a feed's
    of other media (MEDIA_LABEL: 'Recommended Videos', 'Up next', 'More podcasts'), and, read as
    a head, a box's ('Related stories', 'Comments': page_chrome.is_box_label), which heads none
    of the text. A box's label set as a paragraph stays: the dev set's answers keep such a
    '<p>Leggi anche</p>' over its link. 'Videos of the flood' names its own."""
    if len(text) > MAX_WIDGET_LABEL:
        return False
    return MEDIA_LABEL.fullmatch(text) is not None or (head and is_box_label(text))


def is_staff_note(text: str) -> bool:
    """A note that the writer is the site's writer (page_chrome.AUTHOR_NOTE: a name, 'is a',
    a writer's trade), alone or then calls to reach them (STAFF_CONTACT): 'Ann Lee is a Ledger
    staff writer. You can contact Ann by email at ann@x.example.' A beat and a call to write
    ('Jo Bryce covers courts for the Ledger. Contact him at ..') stays the text's, as earlier
    batches' answers keep it (WRITER_BEAT), and so does a sentence on a writer's other deeds."""
    if len(text) > MAX_WRITER_NOTE or text.count(" ") < NOTE_SPACES:
        return False
    first, *rest = SENTENCE_BREAK.split(text)
    note = AUTHOR_NOTE.match(first)
    if note is None:
        return False
    # the trade and the outlet, no clause after them ('.. a staff writer at heart, she said')
    after = first[note.end() :].rstrip(".")
    if "," in after or len(after.split()) > MAX_NOTE_TAIL_WORDS:
        return False
    return all(STAFF_CONTACT.match(sentence) for sentence in rest)


def credited_holders(text: str, label: re.Match[str]) -> list[str]:
    """The words after a credit's label, a slash a word of its own: 'Design: Ann Lee/Ledger.'
    -> ['Ann', 'Lee', '/', 'Ledger']."""
    return text[label.end() :].rstrip(".").replace("/", " / ").split()


def is_production_credit(text: str) -> bool:
    """A line crediting who made the piece's presentation, a label and its holders' names
    (PRODUCTION_LABEL, MAX_PRODUCTION_WORDS): 'Feature Presentation: Ann Lee/Ledger',
    'Produced by: Jo Roe and Kim Li', 'Graphics: Ledger Desk'. A sentence after the label
    ('Design: the new stand seats 4,000.') is the text's; an editor's line too (EDIT_LINE_LABEL:
    'Edited by Ann Lee')."""
    found = PRODUCTION_LABEL.match(text) or EDIT_LINE_LABEL.match(text)
    if found is None:
        return False
    holders = credited_holders(text, found)
    if not holders or len(holders) > MAX_PRODUCTION_WORDS:
        return False
    return all(w[:1].isupper() or w in HOLDER_JOINS for w in holders)


def is_closing_picture_credit(text: str) -> bool:
    """A line crediting the page's own picture (PICTURE_CREDIT), only a holder after the word
    tying them, every word of it but its last capitalised (MAX_PICTURE_HOLDER_WORDS): 'Feature
    image: Supplied.', 'Image courtesy of the Lee family.', 'Featured image adapted from Lah
    Kopi reader.' 'Photos from Sunday's parade are on page 4.' and 'Cover image: an artist's
    impression of the bridge' (a caption) are the text's."""
    found = PICTURE_CREDIT.match(text)
    if found is None:
        return False
    holder = credited_holders(text, found)
    if not 0 < len(holder) <= MAX_PICTURE_HOLDER_WORDS:
        return False
    if not holder[0][:1].isupper() and (holder[0] != "the" or len(holder) < 2):
        return False  # a name opens the holder: 'Cover image: an artist's impression ..'
    # a kind after the name may be in lower case ('.. reader', '.. family'), no verb before it
    return all(w[:1].isupper() or w[:1] == "@" or w in HOLDER_JOINS for w in holder[:-1])


def is_republish_note(text: str) -> bool:
    """A note on the terms to republish the story (REPUBLISH_CALL), its other sentences saying
    how to credit it or what the outlet is (REPUBLISH_TERMS, OUTLET_NOTE), no one said to speak:
    'The Ledger is a nonprofit newsroom. Republish this story for free.', 'You may republish
    this article. Please credit the Ledger.' 'The council will republish the report, the clerk
    said.' is the text's, and so is an outlet's note alone."""
    if len(text) > MAX_CLOSING_NOTE or "publish" not in text.lower():
        return False  # (most lines: their sentences are not split)
    sentences = SENTENCE_BREAK.split(text)
    if not any(REPUBLISH_CALL.match(sentence) for sentence in sentences):
        return False
    return no_one_said(text) and all(
        REPUBLISH_CALL.match(s) or REPUBLISH_TERMS.match(s) or OUTLET_NOTE.match(s)
        for s in sentences
    )


# A call to follow the publisher's coverage of the story's subject at an address, the whole line:
# 'Follow AP's full coverage of the elections at https://apnews.com/hub/elections', 'Read all
# of our coverage of the floods at www.x.example/floods'. A call naming no address ('Follow
# the coverage of the trial at the courthouse') or a sentence about coverage ('Viewers can
# follow coverage at https://x.example') is the text's.
COVERAGE_CALL: Final = re.compile(
    r"(?:follow|read|see|find|get|keep up with|catch up on)(?: all| more)?(?: of)?"
    r"(?: [\w'’.-]+){0,2}?(?: (?:full|complete|latest|ongoing|continuing|live))? coverage"
    r"\b[^.!?]{0,120}? (?:at|on) (?:https?://|www\.)\S+",
    re.IGNORECASE,
)


def is_coverage_call(text: str) -> bool:
    """A closing line calling the reader to the publisher's coverage at an address (COVERAGE_
    CALL): 'Follow AP's full coverage of the vote at https://apnews.com/hub/vote'."""
    return len(text) <= MAX_CLOSING_NOTE and COVERAGE_CALL.fullmatch(text.rstrip(".")) is not None


def is_feed_note(text: str) -> bool:
    """A note that the story was published from a feed, unedited (FEED_NOTE): '(Except for the
    headline, this story has not been edited by X staff and is published from a syndicated
    feed.)'; 'The agency said the story was false.' names no feed."""
    return len(text) <= MAX_CLOSING_NOTE and FEED_NOTE.search(text) is not None


def is_funding_note(text: str) -> bool:
    """A programme's note (PROGRAMME): 'X Lab is a Y initiative ... It is funded in part by the
    Z Foundation. Y maintains editorial control over X Lab content.' A funder named alone, or a
    note introducing no programme, is the story's."""
    if len(text) > MAX_CLOSING_NOTE or PROGRAMME.match(text) is None:
        return False  # (most lines: their sentences are not split)
    sentences = SENTENCE_BREAK.split(text)
    if len(sentences) < 3:
        return False
    funded = any(FUNDED_BY.search(s) for s in sentences[1:])
    return funded and any(EDITORIAL_CONTROL.search(s) for s in sentences[1:])


def is_labelled_bio(text: str) -> bool:
    """A note on the writer under its label, whatever it says after: 'About the author: Jo Lee
    covers courts for the Ledger.' (BIO_LABEL). 'About the author of the report, little is
    known.' has no label's colon."""
    return len(text) <= MAX_WRITER_NOTE and BIO_LABEL.match(text) is not None


def is_writer_note(text: str) -> bool:
    """A note about the writer: their name and beat, then a call to read more of them ('Jo
    Bryce covers courts for the Ledger. Read more of her stories here.'); WRITER_BEAT. Or the
    call alone, to more of the site's articles (SITE_CALL): 'Read more articles we've written
    about local businesses here.'"""
    if len(text) > MAX_WRITER_NOTE:
        return False
    if SITE_CALL.fullmatch(text):
        return True
    if not WRITER_BEAT.match(text):
        return False
    sentences = SENTENCE_BREAK.split(text)
    return len(sentences) > 1 and WRITER_CALL.match(sentences[-1]) is not None


def is_print_note(text: str) -> bool:
    """A note of where the article stood in print: 'This article appeared in the Britain
    section of the print edition under the headline "Box ticking"', 'Published in The Ledger,
    December 6th, 2026', 'This article was first published in the print edition of X as ..';
    'This story appeared to worry the council.' names no print, and one someone said ('.. in
    the print edition of 1952, the archivist said.') is the story's."""
    if len(text) > MAX_PRINT_NOTE or text[:1] not in "TtAaPp" or PRINT_NOTE.match(text) is None:
        return False
    return no_one_said(text)


def is_sign_up_line(text: str) -> bool:
    """A line closing the text whose last sentence is a call to sign up for a newsletter or to
    subscribe to a paid tier, after a line of pitch or not: 'Start the day with ... Sign up for
    our Morning Edition newsletter.', 'Get exclusive analysis from our desk. Subscribe now'. A
    sentence about one ('Residents can sign up for its newsletter to hear when ...') is no
    call: the call is the whole sentence."""
    if len(text) > MAX_PROMO:
        return False
    call = SENTENCE_BREAK.split(text.rstrip(" .!"))[-1]
    if "newsletter" not in text.casefold() and "subscri" not in call.casefold():
        return False
    return is_control(call)


def is_call_line(text: str) -> bool:
    """A line giving only a number or an address to reach the newsroom by, after a tip-off
    question or not: 'Text us on 07700 900 123', 'Got a story? 0161 496 0000', 'Email:
    desk@x.example'. 'Anyone who saw the crash should call police on 0800 555 0101.' is a
    sentence: its words are no contact words."""
    if len(text) > MAX_CALL_LINE:
        return False
    question = TIP_OPENING.match(text)
    rest = text[question.end() :] if question else text
    rest, addresses = EMAIL.subn(" ", rest)
    numbers = [p for p in PHONE.findall(rest) if sum(c.isdigit() for c in p) >= MIN_PHONE_DIGITS]
    if not addresses and not numbers:
        return False
    for number in numbers:
        rest = rest.replace(number, " ")
    words = re.findall(r"[^\W\d_]+", rest.casefold())
    # a bare number says nothing of a call ('1926-2019' closing an obituary)
    said = bool(question or addresses or words)
    return said and all(word in CONTACT_WORDS for word in words)


def closing_signature(roots: list):
    """The last paragraph of the text when it is a short name set right, as a reporter signs a
    Vietnamese paper's story ('<p style="text-align:right"><strong>Minh Anh</strong></p>'):
    a byline, else None. A short last sentence set right still ends with its mark."""
    if not roots:
        return None
    # from the end: the last element with text is found without reading the others'
    last = next(
        (e for e in reversed(list(roots[-1].iter("p", "div"))) if len(e) <= 2 and element_text(e)),
        None,
    )
    if last is None or not is_set_right(last):
        return None
    text = element_text(last)
    words = text.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or text.endswith(SENTENCE_MARKS) or ":" in text:
        return None
    return last


def is_set_right(element) -> bool:
    """Whether the element is set right by its style or its old align attribute."""
    return (element.get("align") or "").lower() == "right" or bool(
        RIGHT_ALIGNED.search(element.get("style") or "")
    )


def heads_link_cards(heading) -> bool:
    """A head with nothing after it in its box but cards whose text is all links (a 'More on
    X' block of other articles inside the text, each card a linked title): the block's title,
    no head of the text. A head with a paragraph after it in its box heads text."""
    if tidy(heading.tail):
        return False
    found = False
    for element in heading.itersiblings():
        if not isinstance(element.tag, str):
            continue
        text = element_text(element)
        if tidy(element.tail) or (text and link_density(element, text) < LINKS_ONLY):
            return False
        found = found or bool(text)
    return found


def head_box(head) -> list:
    """A box of chrome inside the text, told by its head (read once) and the element after it:
    a box of links to other stories (`is_story_list`) or a tip box (`is_tip_box`). Both go, or
    the box holding only them; a head over text stays."""
    other = head.getnext()
    if other is None or not isinstance(other.tag, str):
        return []
    if other.tag not in LIST_TAGS and not may_title_tips(head):
        return []  # (most heads: over text, and opening as no tip box's title does)
    title = all_text(head)
    if len(title) > MAX_PROMO:
        return []
    if is_story_list(title, other) or is_tip_box(title, other):
        return head_and_next(head, other)
    return []


def may_title_tips(head) -> bool:
    """False when the head's first letter, read off its own first text, is an ASCII one that
    no tip box's title opens with (TIP_TITLE's words: 'Got', 'Have', 'Do', 'Were', 'Share',
    'Tell', 'Contact'): 'Background' is settled before the head's whole text is read."""
    first = tidy(head.text)[:1]
    return not first or first in TIP_OPENERS or not first.isascii()


def is_story_list(title: str, links) -> bool:
    """A box's label ('Trending Stories', 'Most read') over a list of links only: links to other
    stories (named like the article, 'article-list--trending', the box was kept as text). A head
    over the article's own list of links ('Where to get help') is no box's label."""
    if links.tag not in LIST_TAGS or not is_box_label(title):
        return False
    text = element_text(links)
    return bool(text) and link_density(links, text) >= LINKS_ONLY


def is_tip_box(title: str, line) -> bool:
    """A head asking for information ('Do you have information about the fire? We want to hear
    from you.') over a line to reach the newsroom by (an address or a number). A question head
    over text stays."""
    if not TIP_TITLE.match(title):
        return False
    contact = element_text(line)
    return len(contact) <= MAX_PROMO and bool(EMAIL.search(contact) or PHONE.search(contact))


def head_and_next(head, other) -> list:
    """A head and the element after it, or their box when it holds only them."""
    box = head.getparent()
    if box is None or box.tag in ("article", "main", "body") or tidy(box.text or ""):
        return [head, other]
    if sum(1 for c in box if isinstance(c.tag, str)) != 2 or tidy(other.tail or ""):
        return [head, other]
    return [box]
