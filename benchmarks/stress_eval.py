"""The text-export parser on a synthetic stress set of publisher styles it was not written for.

    .venv/bin/python benchmarks/stress_eval.py [--part PART|both|all]
        [--errors]

Each file of tests/fixtures/stress/{dev,...,stacked}/ is an export annotated by
hand, the answers written before the parser was run on it (tests/fixtures/stress/README.md
gives the marks): `## ` opens a line a reader takes for a subheading, `@@ ` an image's alt
line, and the line after its caption line, `=> caption||credit`, the split a reader makes.
Every other line of the body is a paragraph. The marks are taken off to give the export the
parser reads.

Printed per part: subheading micro-F1, exact caption/credit split (every image, a caption
without credit included), paragraph exact micro-F1. --errors lists the misses of the parts shown.
Develop on `dev`; `held` is scored before and after, never opened in between; `fresh` is a
later batch, scored on main's parser before it drove any rule (its first look), and `fresh2`
one written after fresh's rules and scored on them before it drove any; `chrome` a batch of
the page chrome real exports carry (share bars, link lists, bylines, timestamps, bio boxes)
among the issue's head and credit shapes, first looked at on main's parser, and `chrome2` one
written after chrome's rules and scored on them before it drove any; `stacked` a batch of the
held misses' shapes (a head right under another, a head after a line ending in ':', a head as the
last line), answered by the markup convention and first looked at on heads15h's parser;
`fresh3` a later batch of the issue's shapes (countdown and sentence-case heads, heads stacked at
the body's start, interviews, live pages, recipes, reviews, obituaries, a photo essay of glued
credits), scored once before it drove any rule; `fresh4` one of other publishers' styles (Title
Case and noun-phrase heads, place names, '1)' and 'No. 4:' items, a column of one-line
paragraphs, a match gallery of glued credits, quoted heads), first looked at on heads15i's
rules; `fresh5` more styles (long question heads, full-sentence and quoted sentence heads, price
lines, 'Step N:' heads, team names, policy-brief and newsletter labels, press-release 'About X'
boxes, a gallery of new credit forms), first looked at on main 8f26827; `fresh6` a batch aimed at
false positives of fresh5's rules (long rhetorical questions and quoted pull lines as paragraphs,
price lines under Title Case heads and in running text, a reader's Q&A with questions as
paragraphs, numbered steps, new credit forms), first looked at on main 20178cd; `fresh7` more
styles ('Paris from £49' deal heads, single-word section heads, a match report's minute lines,
'What we know' heads, a court report without heads, question heads of a property column, an
opinion piece of one-line paragraphs, stock and labelled credits), first looked at on main
4c4d4fb; `fresh8` kinds fresh5-7 lack (a city guide's place heads, short question heads, a
gardening column's letters, a gig review, results tables as lines, a match preview's team news,
a photo essay's credit forms, a lunch roundup's priced heads), first looked at on heads17a's
rules; `fresh9` kinds fresh5-8 lack (a TV week's star lines, a letters page's sign-offs, a
what's-on guide's fields, an auction report's estimates, a tribute ending in a name, a hotel
review's fact box, a gallery's credit forms, a school newsletter), first looked at on
heads17b's rules; `fresh10` kinds fresh5-9 under-cover (a property column, a festival diary, a
science explainer, election results, a cookery column, a deals roundup, a charity appeal, a long
interview), first looked at on main fc9d3ce; `fresh11` kinds fresh5-10 lack (a gift guide's
price lines, an exhibition review's rating box, a pub quiz's numbered questions, rail works by
line, a money column's topic and question heads, short breaks by travel time, a league
round-up's score rows, a gallery's credit forms), first looked at on heads18a's rules;
`fresh12` kinds fresh1-11 under-cover (arts listings, myth heads, a court round-up, numbered
picks with specs, dated heads, a wildlife gallery's credits, letters, symbol-led heads), first
looked at on main 70e640b; `fresh13` kinds fresh1-12 under-cover (island place heads, a race
live blog, an obituary's life dates, a results table as lines, imperative step heads, an album
round-up's star lines, question heads, a river gallery's credits), first looked at on main
4e87cd3; `fresh14` kinds fresh1-13 under-cover (room-by-room heads, full-sentence heads, a
line-ups block, emoji-led heads, an interview's questions, readers' question heads, a sketch
without heads, month heads over plant lists), first looked at on main 30493f6; `fresh15` kinds
fresh1-14 under-cover (day heads of an itinerary, pros and cons heads, life-stage heads, bare
roman-numeral heads, club-name heads, question heads over a timeline, a court report without
heads, numbered step heads over tips), first looked at on main af07df2; `fresh16` kinds
fresh1-15 under-cover (dish heads over a facts box, imperative heads, day over stage heads over
act lines, a gallery of captions only, constituency heads over vote lines, ALL-CAPS heads,
question heads over a glossary, a memoir extract without heads), first looked at on main
46ab797; `fresh17` kinds fresh1-16 under-cover (date heads over a sky diary, German route heads
over fields, a corrections column without heads, ALL-CAPS day heads over a warnings box, numbered
quoted heads over fields, numbered dated object heads, full-sentence heads over letters, a gallery
of foreign agencies' credits), first looked at on main 4b634bb; `fresh18` mainstream
English-language publishers' shapes (long sentence-case heads, question heads over rhetorical
lines, numbered heads over numbered list lines, full-sentence heads, an interview's bold questions,
a wire story's dateline and 'Read more' lines, quoted heads, a photo story's glued credits), first
looked at on main 80073fb; `fresh19` the same publishers' shapes in other kinds (Step and numbered
heads over numbered list lines, a live blog's clock lines and post heads, question heads over
rhetorical lines, a wire story without heads, quoted and full-sentence heads, place-name heads
over travel fields, ALL-CAPS and Title Case recipe heads, a photo story's glued credits), first
looked at on main ef777bc; `fresh20` the same publishers' shapes in other articles (Step and
numbered heads over numbered list lines, a basketball live blog's clock lines and post heads,
question heads over rhetorical lines, a wire story without heads, quoted and full-sentence heads
over an interview coda, place-name heads over travel fields, ALL-CAPS and Title Case guide heads,
a photo story's glued credits), first looked at on main f5b52da; `fresh21` the same publishers'
shapes in kinds they lack (witness-name heads over counsel's questions, decade and full-sentence
heads of an obituary, region heads over one-line result lines, quoted heads, Pros/Cons and
Verdict of a review, FAQ question heads over a rhetorical line, capital place heads over
datelines, an essay of one-line paragraphs without heads, a year-in-pictures gallery's glued
credits), first looked at on main 3174a46; `fresh22` the same publishers' shapes in other kinds
(agenda-item heads over vote lines, day heads over bulleted tips, roman chapter heads over pull
quotes, numbered team heads over stat lines, emoji heads over link lines and bold questions,
What/How/Why heads over a rhetorical line, a court story without heads, an ice-storm photo
story's glued credits), first looked at on main aae9038; `fresh23` the same publishers' shapes in
other kinds (long sentence-case heads over a plain-label results table, a statement head over
question heads, Ingredients/Method heads over numbered steps and numbered tip heads, a live blog's
time stamps, life-stage heads and a Born:/Died: line, a match report without heads, What/Who heads
over bulleted symptoms and readers' questions, a science photo story's glued credits), first
looked at on main 610db90; `fresh24` the same publishers' shapes in other kinds (Price guide/The
verdict heads over field lines, a political sketch without heads, numbered full-sentence heads
ending in '.', ALL-CAPS heads over a pull quote, product-name heads over spec and Buy now lines,
Background/The ruling/What happens next heads, a dateline and a Key figures head over figure
lines, a river photo story's glued credits), first looked at on main 7a02c9c; `fresh25` the same
publishers' shapes in other kinds (place-name heads over field lines, Ingredients/Method heads over
numbered step paragraphs, club-name heads in a run, one Title Case head among one-line paragraphs,
quoted question heads and What/How/Why heads without '?', sentence-case label heads over a pull
quote, a wire obituary without heads, a marathon photo essay's glued credits), first looked at on
main a38f687; `fresh26` the same publishers' shapes in other kinds (long sentence-case heads
without a final stop, question heads over one-line answers, numbered heads in '1)', '4 -' and
'No 7:' forms, quoted patient heads, 'Step N:' heads over menu-path lines, a court report of
name-colon exchange lines without heads, one- and two-word section heads over pull quotes, a
health photo story's glued credits), first looked at on main 1057a84; `fresh27` the same
publishers' shapes in other kinds (practical label heads over address and price lines, 'Key
moments' minute lines and 'Player ratings' lines, date and year heads over dated one-sentence
paragraphs, seat heads over one-line result paragraphs, an interview's standalone question lines,
a reader's letter with dash and ':' heads, numbered heads with a year in brackets over 'Where to
watch:' lines, a pier photo essay's glued credits), first looked at on main 91dc848; `fresh28`
the same publishers' shapes in other kinds (an AP dateline story without heads and a capitals
update line, full-sentence heads ending in '.', numbered heads with long titles after a colon over
numbered steps, question heads without '?' and statement heads, 'X v Y' heads over kick-off and
prediction lines, an obituary without heads and a funeral line, quoted scientist heads over a pull
quote, a new year photo gallery's glued credits), first looked at on main de39f46; `fresh29`
the same publishers' shapes in other kinds (an AP trial story of long sentence-case heads and ':'
lead-ins, a car review's question heads over spec lines, numbered heads with quoted titles over
publisher lines, an advice column's quoted letter heads and pseudonym sign-offs, a golf report's
long heads over leaderboard lines, an art-theft long read's full-sentence heads, an earthquake
gallery's regional agency credits, numbered question heads with chained-holder credits), first
looked at on main 7668435; `fresh30` the same publishers' shapes in other countries (an earnings
story's long sentence-case heads and a dateline, a live results page's quoted post heads under
clock lines, numbered recipe heads over 'Get the recipe.' lines, a travel guide's long heads over
price lines, a court explainer's question heads, a property explainer's full-sentence heads among
punchy lines, a health Q&A's question heads and a disclaimer, a Christmas markets gallery's
European agency credits), first looked at on main 51bcad2; `fresh31` the same publishers' shapes
in other kinds and countries (a rail strike live page's quoted and '?' post heads under clock
lines, a wine guide's numbered heads over price lines, a budget explainer's numbered measure heads
and a dateline, a league tables explainer's long and question heads, a museum feature's
full-sentence and quoted heads, a typhoon gallery's local agency credits, a marathon report's long
heads over result lines, an opera review's quoted and '?' heads under a star line), first looked
at on main 07f0682; `fresh32` the same publishers' shapes in other kinds and countries (an earbuds
roundup's numbered product heads over price lines, a Test match report's long heads over score
lines and a dateline, a sentencing explainer's question and quoted heads, a council budget Q&A's
question heads over band lines, a film festival diary's full-sentence heads under clock lines, a
myth-buster's 'Myth N:' heads over verdict lines, a flood gallery's local agency credits, a
gardening column's full-sentence and question heads), first looked at on main 085cf14; `fresh33`
the same publishers' shapes in other kinds and countries (a chess report's full-sentence heads and a
dateline, a tax-return guide's 'Step N:' heads over ':' lists, an architecture review's quoted and
long heads under a star line, a parenting column's quoted reader's letters as heads with sign-offs,
an election-night Q&A's question and '1)' heads, a Day of the Dead gallery's local agency credits,
a sevens report's long heads over score lines, an exam Q&A's question heads among lone questions),
first looked at on main 6284ce6; `fresh34` the same publishers' shapes in other kinds and countries
(a cycling stage report's full-sentence heads and a dateline, a licence-renewal guide's 'Step N:'
heads over ':' lists, an eruption live page's quoted and '?' post heads under clock lines, a
video-game review's long and quoted heads under a star line, a cash-law Q&A's question heads, a
samba obituary's full-sentence heads and a born/died line, a Tet gallery's local agency credits, a
ticket-rules explainer's '1)' heads among lone questions), first looked at on main 3c11dda;
`fresh35` the same publishers' shapes in still other kinds and countries (a wine column's heads
ending in '.' and price lines, a rescue-dog guide's 'Step N –' heads among lone questions, a
ski-jumping report's full-sentence heads and a Reuters hyphen dateline, a tomb-discovery story's
long and quoted heads, an inflation Q&A's question heads, a cooling-bill listicle's '1)' heads, a
spring-festival gallery's local agency credits, a sound-system long read's heads ending in '.' among
punchy lines), first looked at on main df66ee7; `fresh36` the same publishers' shapes in still
other kinds and countries (a public-sauna feature's full-sentence heads by rhythm among punchy
lines, a rail itinerary's 'Day N —' heads among lone questions, a copper-strike story's long,
quoted and two-sentence heads and a dateline, a typhoon-day Q&A's question heads, a wrestling
report's full-sentence and curly-quoted heads, a low-water gallery's local agency credits, a kora
player's obituary's full-sentence and quoted heads, a trek-permit guide's 'Step N:' heads among lone
questions), first looked at on main 06ab44a; `fresh37` the same publishers' shapes in still other
kinds and countries (a classic-car feature's full-sentence heads by rhythm among punchy lines, an
e-residency guide's 'Step N:' heads among lone questions, a sailing report's full-sentence, quoted
and long heads and an AFP dateline, a water-rationing Q&A's question heads among lone questions, a
launch live page's post heads under clock lines, a Timkat gallery's local agency credits, a podcast
review's quoted, two-sentence and long heads under a star line, a job-interview listicle's '1)'
heads), first looked at on main 5a4b59b; `fresh38` the same publishers' shapes in still other
kinds and countries (a cable-car feature's full-sentence heads by rhythm among lone questions and
punchy lines, a words listicle's '1)' heads, a Davis Cup report's full-sentence, quoted and long
heads and a dated dateline, a car-free Sunday Q&A's question heads among lone questions, a water
festival gallery's local agency credits, a ballet review's full-sentence, quoted, long and '?' heads
under a star line, a budget fact check's quoted claim heads, an eclipse guide's 'Step N:' heads
among lone questions), first looked at on main 9376e4f; `fresh39` the same publishers' shapes in
still other kinds and countries (an ice fishing report's and a dollarisation analysis's
full-sentence heads by rhythm among lone questions and punchy lines, a beekeepers' feature's
full-sentence, quoted and long heads, a mobile-money Q&A's question heads among lone questions, a
rally gallery's local agency credits, a train booking guide's 'Step N:' heads among lone questions,
a breakfast listicle's '1)' heads, a streaming drama review's full-sentence, quoted, long and '?'
heads under a star line), first looked at on main 97df3a8; `fresh40` the same publishers' shapes in
still other kinds and countries (an elephant feature's and a canal reservoir analysis's
full-sentence heads by rhythm among lone questions and punchy lines, a metro Q&A's question heads,
a vanilla gallery's local agency credits, a camping permit guide's 'Step N:' heads, a Tirana
listicle's '1)' heads, a soca album review's heads under a star line, a water polo final's
full-sentence heads by rhythm), first looked at on main a7fdb63; `fresh41` the same publishers'
shapes in still other kinds and countries (a mokoro polers' feature's, an ultramarathon report's
and a tourist fee analysis's full-sentence heads by rhythm among lone questions and punchy lines, a
yurt-camp levy Q&A's question heads among lone questions, a rocket festival gallery's local agency
credits, a pet import guide's 'Step N:' heads, a commuter listicle's '1)' heads, an exhibition
review's quoted, full-sentence, long and '?' heads under a star line), first looked at on main
286e409; `fresh42` the same publishers' shapes in still other kinds and countries (a sweater
knitters' feature's, a baseball final report's and a cashew export-tax analysis's full-sentence
heads by rhythm among lone questions and punchy lines, a taxi-meter Q&A's question heads among lone
questions, a carnival gallery's local agency credits, a drone permit guide's 'Step N:' heads, a
renting listicle's '1)' heads, a stand-up special review's quoted, full-sentence, long and '?' heads
under a star line), first looked at on main 145d887; `fresh43` the same publishers' shapes in still
other kinds and countries (a wire-tinkers feature's, a handball cup final report's and a guesthouse
analysis's full-sentence heads by rhythm among lone questions and punchy lines, an island-ferry
booking Q&A's question heads among lone questions, a national-day gallery's local agency credits, an
e-vignette guide's 'Step N:' heads, a boda boda listicle's '1)' heads, a marionette review's quoted,
full-sentence, long and '?' heads under a star line), first looked at on main d2d26c7; `fresh44` the
same publishers' shapes in still other kinds and countries (a church-boat rowers' feature's, a judo
grand prix report's and a remittances analysis's full-sentence heads by rhythm among lone questions
and punchy lines, an airport-tram Q&A's question heads among lone questions, a masked-festival
gallery's local agency credits, a turtle-tour guide's 'Step N:' heads, a bridge divers listicle's
'1)' heads, a restaurant review's quoted, full-sentence, long and '?' heads under a star line),
first looked at on main 61fcae3; `fresh45` the same publishers' shapes in still other kinds and
countries (a tattoo-masters feature's, a wrestling festival report's and a shell-money maker's
obituary's full-sentence heads by rhythm among lone questions and punchy lines, a bottle-deposit
Q&A's question heads among lone questions, a seaside festival gallery's local agency credits, a
mountain-permit guide's 'Step N:' heads, an iftar listicle's '1)' heads, a debut novel review's
quoted, full-sentence, long and '?' heads under a star line), first looked at on main c09196e2;
`fresh46` the same publishers' shapes in still other kinds and countries (a drum makers'
feature's, a surf final report's and a tuna-cannery analysis's full-sentence heads by rhythm among
lone questions and punchy lines, a mountain-pass toll Q&A's question heads among lone questions, an
emancipation day gallery's local agency credits, a hire-car ski guide's 'Step N:' heads, a
waterfall listicle's '1)' heads, a rainforest-lodge review's quoted, full-sentence, long and '?'
heads under a star line), first looked at on main 7a10eac9; `fresh47` the same publishers'
shapes in still other kinds and countries (a kava-bar feature's, a futsal final report's and a port
transhipment analysis's full-sentence heads by rhythm among lone questions and punchy lines, an
electricity-token Q&A's question heads among lone questions, a Vodun festival gallery's local
agency credits, a dive-permit guide's 'Step N:' heads, a birdwatching listicle's '1)' heads, a rum
distillery review's quoted, full-sentence, long and '?' heads under a star line), first looked at
on main 363dec66; `fresh48` the same publishers' shapes in still other kinds and countries (a
library architecture review's and a chess open report's full-sentence heads by rhythm among lone
questions and punchy lines, an election-night Q&A's question heads among lone questions, a cocoa
harvest gallery's local agency credits, a tax-return guide's 'Step N:' heads, an itinerary's '1)'
heads, a heat myth-buster's quoted, long and '?' heads, a parenting column's letter heads), first
looked at on main b417a81d; `fresh49` the same publishers' shapes in still other kinds and
countries (a sea-wall feature's, a cycling stage report's and a calypsonian's obituary's
full-sentence heads by rhythm among lone questions and punchy lines, a national-ID Q&A's question
heads among lone questions, a ylang-ylang distillery gallery's local agency credits, a
hurricane-claim guide's 'Step N:' heads, a music-festival listicle's '1)' heads, a wine-list
column's quoted, long and '?' heads), first looked at on main 2e5ac81a; `fresh50` the same
publishers' shapes in still other kinds and countries (a digital-archive feature's, a horse-race
report's and a weightlifting coach's obituary's full-sentence heads by rhythm among lone questions
and punchy lines, a Carnival Q&A's question heads among lone questions, a fish-market gallery's
local agency credits, a car-import guide's 'Step N:' heads, a wreck-diving listicle's '1)' heads, a
film review's quoted, long, two-sentence and '?' heads under a star line), first looked at on main
f800e97d; `fresh51` the same publishers' shapes in still other kinds and countries (a lifeboat-crew
feature's and a dam-trial report's full-sentence heads by rhythm among lone questions and punchy
lines, a currency-switch Q&A's question heads among lone questions, a modernist-buildings gallery's
local agency credits, a wedding-paperwork guide's 'Step N:' heads, a cyclone checklist's '1)' heads,
a road test's quoted, long, two-sentence and '?' heads under a star line, a letters page's quoted
letter heads), first looked at on main bcb113f5; `fresh52` the same publishers' shapes in still
other kinds and countries (a smokehouse feature's and a snooker report's full-sentence heads by
rhythm opening on a pronoun or a verb among lone questions and punchy lines, a SIM-registration
Q&A's question and curly-quoted heads among lone questions, a boat-registration guide's 'Step N:'
heads, a day-trip listicle's '1)' heads, a political sketch's curly-quoted heads, a wildlife
gallery's local agency credits, a headless news story's pronoun and verb lines), first looked at on
main 4666497f; `fresh53` the same publishers' shapes in still other kinds and countries (a chess
report's and an architecture review's full-sentence heads by rhythm opening on a pronoun, 'Then' or
a verb among one-line traps, lone questions and punchy lines, a flu-jab myth-buster Q&A's question,
full-sentence and curly-quoted heads among lone questions, a tax-return guide's 'Step N:' heads, a
walking itinerary's '1)' heads, a wine column's curly-quoted, long and two-sentence heads, an
election-night explainer's long and full-sentence heads, a lighthouse gallery's local agency
credits), first looked at on main 68ef718c; `fresh54` the same publishers' shapes in still other
kinds and countries (a salmon-pen investigation's and an iceberg-season analysis's full-sentence
heads by rhythm opening on a pronoun, 'Then' or a verb among lone questions and punchy lines, a
pension FAQ's question, curly-quoted and full-sentence heads among lone questions after lists, a
power-bill guide's 'Step N:' heads, a jazz-festival listicle's '1)' heads, a board-game review's
stop, quoted, two-sentence, long and '?' heads under a star line, a ferry-strike live page's post
heads, a market gallery's local agency credits), first looked at on main 7b41aaad; `fresh55` US
and UK magazine, newspaper and digital-native kinds (a student-loan FAQ's question, statement-and-
question and label heads among chrome lines and lone questions, a games countdown's 'No. N:' heads,
a spelling-bee long read's full-sentence, curly-quoted and long heads among one-line paragraphs, a
snow live page's post heads, a pantomime roundup's '1)' heads under star lines, a crossword Q&A's
question paragraphs, a fairs gallery's glued US credits, a sneaker newsletter's '1.' heads), first
looked at on main 74c3484a; `fresh56` the same publishers' shapes in still other kinds and
countries, none in the US or the UK (a
Christmas-dishes countdown's quoted, question, two-sentence and long 'No. N:' heads, a travel-form
FAQ's long, quoted and full-sentence heads among lone questions in answers, a shark-risk
analysis's full-sentence heads by rhythm and long heads without a stop, a downhill live page's post
heads under bare clock lines and chrome, an interview's 'On ...' heads over question paragraphs, a
bakers gallery's local agency credits, a food-hall review's label, quoted, stop, long and '?' heads
under a star line, a news story's chrome lines and lone questions without heads), first looked at
on main 74c3484a; `fresh57` US and UK magazine, newspaper and digital-native kinds again (a penny
explainer's '1.' question and label heads among chrome lines and lone questions, a houseplant
listicle's '1)' heads over price lines, a pinball long read's full-sentence heads by rhythm, quoted
and long heads among one-line paragraphs, a results-day live page's post heads under BST lines, a
circus review's quoted, stop, label and question heads under a star line, a Santa Q&A's question
paragraphs, a dog-show gallery's glued US credits, an advert ranking's 'No. N:' heads), first looked
at on main dd14414d; `fresh58` the same publishers' shapes in still other kinds and countries, none
in the US or the UK (a Grand Prix live page's two-sentence, quoted, long, label and question post
heads under bare clock lines, a carol-sing guide's '1.' heads, a launch-viewing FAQ's long, quoted,
two-sentence and statement-and-question heads among lone questions in answers, a shore-excursion
roundup's label, quoted, long and '?' heads over star lines, a date-farmers feature's heads by
rhythm among two-sentence punchy lines, a canoe builder's headless Q&A, a carnival gallery's local
agency credits, a barge analysis's heads by rhythm among chrome lines), first looked at on main
0518ca71; `fresh59` US and UK kinds again, each with its own head style (a council budget
explainer's short and long question heads among chrome lines and a lone question, a heated-airer
roundup's label, quoted, long and '?' heads over star and price lines, a court live page's post
heads under GMT clock lines, a sticky-bun recipe's question, quoted and label heads over numbered
steps, a match report's two-sentence head by rhythm and a label over stacked team-name heads among
rating lines, a piano restorer Q&A's topic heads over question paragraphs, a harbour walk's '1.'
stops, a diner owner's obituary with a head by rhythm), first looked at on main 62db74f1; `fresh60`
the same shapes in places no earlier batch used for these kinds, from Tahiti to the Turks and
Caicos (a market guide's question, label, quoted, long and two-sentence heads among chrome lines, a
fire-knife live page's post heads under bare clock lines, a whale-swimming FAQ's question, long,
quoted statement-and-question, two-sentence and label heads among lone questions, a lagoon
gallery's glued credits, a conch analysis's heads by rhythm among chrome lines, a cocoa grower's
'On ...' heads over question paragraphs, a boat-racing listicle's '1.' heads, a pan tuner profile's
heads by rhythm among punchy lines), first looked at on main 62db74f1; `fresh61` the same shapes
from Central Asia and the Caucasus (a metro explainer's question, long question and label heads
among chrome lines, a khachapuri recipe's question, quoted and label heads over list lines and
numbered steps, a duduk maker's obituary with a head by rhythm, quoted, label and question heads, a
plov review's quoted, long, question and label heads among star, venue and price lines, an eagle
hunter's 'On ...' heads over question paragraphs, a boulevard timeline's year, year-label, long,
question and label heads, a smog column's heads by rhythm, quoted and long heads among one-line
paragraphs, a highway guide's '1.' heads over a label of field lines), first looked at on main
713414b9; `fresh62` the same shapes in places no earlier batch used, from the Baltic and the North
Atlantic (a Tallinn newsletter's label, question and curly-quoted heads over 'In numbers' lines and
a lone question, a Faroe storm live page's post heads under bare clock lines, a Curonian Spit
listicle's '1.' heads, an Ilulissat feature's two-sentence head by rhythm, quoted, long and label
heads, a handball report's head by rhythm and a label over a team head among rating lines, a
Svalbard FAQ's short, long and statement-and-question heads after a rhetorical question, a pirts
how-to's 'Step N:' heads, an Aland boatbuilder's head by rhythm and a long head among punchy lines),
first looked at on main 713414b9. `both` is dev and held; `all` is every part but held, which is
scored only when named (`--part held` or `both`), its misses never listed: a development run never
shows it.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.export_eval import (  # noqa: E402
    add_counts,
    counts,
    exact_splits,
    figures,
    note_misses,
    parse_noting,
)

STRESS = ROOT / "tests" / "fixtures" / "stress"
HEAD, ALT, SPLIT = "## ", "@@ ", "=> "
PARTS = (
    "dev",
    "held",
    "fresh",
    "fresh2",
    "chrome",
    "chrome2",
    "stacked",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
    "fresh42",
    "fresh43",
    "fresh44",
    "fresh45",
    "fresh46",
    "fresh47",
    "fresh48",
    "fresh49",
    "fresh50",
    "fresh51",
    "fresh52",
    "fresh53",
    "fresh54",
    "fresh55",
    "fresh56",
    "fresh57",
    "fresh58",
    "fresh59",
    "fresh60",
    "fresh61",
    "fresh62",
)


@dataclass
class Truth:
    """One annotated article: the export text and what a reader expects of it."""

    export: str
    heads: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    images: list[tuple[str, str | None]] = field(default_factory=list)
    list_lines: list[str] = field(default_factory=list)

    def scored_paragraphs(self, returned: tuple[str, ...] | list[str]) -> list[str]:
        """The parser's paragraphs less the body's list lines, which are not scored either way:
        the layout returns a body's '  • ' line as a paragraph ('• Soup, £6'), as a page's list
        item is one, and the answers leave them out."""
        unscored = set(self.list_lines)
        return [text for text in returned if text not in unscored]


def split_mark(line: str) -> tuple[str, str | None]:
    """A reader's split: '=> Boats.||Jane Doe / AP' -> ('Boats.', 'Jane Doe / AP')."""
    caption, _, credit = line[len(SPLIT) :].partition("||")
    return caption, credit or None


def read_annotated(text: str) -> Truth:
    """The export and the answers of an annotated article (marks as in the module docstring)."""
    lines = text.split("\n")
    found = Truth(export="")
    export = [lines[0]]
    caption_next = False  # the line after an alt line is the caption line, not a paragraph
    for line in lines[1:]:
        if line.startswith(SPLIT):
            found.images.append(split_mark(line))
            continue
        alt = line.startswith(ALT)
        if line.startswith(HEAD):
            line = line[len(HEAD) :]
            found.heads.append(line)
        elif alt:
            line = line[len(ALT) :]
        elif line.startswith("  •"):
            found.list_lines.append(line.strip())
        elif line.strip() and not caption_next:
            found.paragraphs.append(line)
        caption_next = alt
        export.append(line)
    found.export = "\n".join(export) + "\n"
    return found


def score(case: Truth, errors: list[str]) -> dict:
    """Counts for one article: heads and paragraphs (found, returned, expected), image splits."""
    doc = parse_noting(case.export, errors)
    body = doc.body if doc else ()
    heads = [b.text for b in body if b.type == "subheading"]
    paras = case.scored_paragraphs([b.text for b in body if b.type == "paragraph"])
    got = [(im.caption, im.credit) for im in doc.images] if doc else []
    splits = [
        (got[place] if place < len(got) else None, want) for place, want in enumerate(case.images)
    ]
    exact = exact_splits(splits, errors)
    note_misses(errors, "head", "not a head", heads, case.heads)
    note_misses(errors, "paragraph", "not a paragraph", paras, case.paragraphs)
    return {
        "heads": counts(heads, case.heads),
        "paragraphs": counts(paras, case.paragraphs),
        "images": (exact, len(case.images)),
    }


def score_part(part: str, show_errors: bool) -> None:
    """Print one part's figures, and its misses when asked."""
    tally = {"heads": [0, 0, 0], "paragraphs": [0, 0, 0], "images": [0, 0]}
    paths = sorted((STRESS / part).glob("*.txt"))
    for path in paths:
        errors: list[str] = []
        result = score(read_annotated(path.read_text(encoding="utf-8")), errors)
        add_counts(tally, result)
        if show_errors and errors:
            print(f"{path.stem}:\n" + "\n".join(errors))
    print(
        f"{len(paths)} articles\n" + figures(tally["heads"], tally["paragraphs"], tally["images"])
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=(*PARTS, "both", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list the misses")
    args = parser.parse_args()
    chosen = {"both": PARTS[:2], "all": tuple(p for p in PARTS if p != "held")}.get(
        args.part, (args.part,)
    )
    for part in chosen:
        print(f"== {part} ==")
        score_part(part, args.errors and part != "held")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
