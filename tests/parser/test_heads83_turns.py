"""heads83: a feature whose heads are a story's turns. On a page where no head stands, one-
sentence lines opening on a personal pronoun or 'Then' ('It began with a storm.', 'Then a
stranger knocked.') count among the rhythm's candidates, and where they open sections of text
as the rhythm's heads do, one strict sentence head among them, they are heads. Made-up exports
written as blocks, with near misses: pronoun lines alone, pronoun lines over one paragraph each
(a punchy style), an essay's first person, a 'But' opener."""

from __future__ import annotations

from api.parser.heading_rhythm import turn_sentence
from tests.parser.exports import heads_of

# --- a lighthouse feature: three pronoun or 'Then' turns and one plain head ---

LIGHT = [
    "KESTRAVIK — The lighthouse on the point has been dark since the spring, when the last "
    "keeper's contract ran out, and the village has spent the summer arguing over who should "
    "pay to light it again.",
    "Nobody agrees. Everybody has a plan.",
    "It started with a letter.",
    "The coastal authority wrote to the parish council in March to say that the light was no "
    "longer needed for shipping, since every trawler in the fleet now carries satellite "
    "navigation, and that the lease on the tower would not be renewed.",
    "The council read the letter aloud at its April meeting, and by the end of the evening a "
    "committee of six had been formed, a bank account opened and a jar left on the bar of the "
    "harbour inn for anyone who wanted to help.",
    "Was that enough?",
    "The jar held ninety crowns by May, and the committee began to look for something larger.",
    "Fix the lamp first. Paint later.",
    "The engineer who came from the city in June said the lamp itself was sound, but the "
    "clockwork that turns the lens had seized, and that a new motor would cost about as much "
    "as the committee had raised in three months of bake sales.",
    "The committee voted to buy the motor and leave the tower's peeling paint for another "
    "year, a decision that was not popular with the women who had organised the bake sales in "
    "the first place and wanted the tower white again.",
    "They found the money in a drawer.",
    "A retired teacher clearing out her late brother's house found a savings book in his desk "
    "with a balance of four thousand crowns and a note saying it was to be used for the light, "
    "which he had kept himself for thirty-one years.",
    "The bank paid it out in August after a month of forms, and the committee ordered the "
    "motor the same afternoon, with enough left over for two coats of paint on the gallery and "
    "a new padlock for the door at the foot of the tower.",
    "Then the fog came back.",
    "On the first night of October the lamp was lit again, and at about ten o'clock a fog "
    "rolled in from the sea so thick that the beam could barely be seen from the harbour wall, "
    "to the great amusement of the whole village.",
    "Nobody minded much. The light turned all night, and the keeper's grandson stayed in the "
    "tower until dawn to watch it, as his grandfather had done for thirty-one years.",
]
LIGHT_HEADS = [LIGHT[2], LIGHT[7], LIGHT[10], LIGHT[13]]


def test_a_story_s_turns_stand_beside_a_plain_head():
    assert heads_of(*LIGHT) == LIGHT_HEADS


# --- a choir profile: 'She', 'They' and a plain head ---

CHOIR = [
    "The choir at St Aldric's has sung in the same cold church every Thursday since 1952, and "
    "on Sunday it will sing there for the last time before the building closes for repairs.",
    "She was twelve when she joined.",
    "Margit Oyelaran-Berg sang alto for the first time in the winter of 1961, standing between "
    "her mother and an elderly baker who smelled of flour and who showed her where to breathe "
    "in a hymn whose words she did not yet know.",
    "She has missed four Thursdays since, two of them for the births of her children and two "
    "for a broken ankle, and she still stands in the same place in the second row, now beside "
    "her own granddaughter, who is also twelve.",
    "The organ is older than anyone.",
    "It was built in 1887 by a firm that no longer exists, and the only man who knows how to "
    "tune it lives three hours away, which is why it is tuned twice a year and sounds, in the "
    "words of the choirmaster, like a large and patient animal.",
    "The repairs will take two years and cost more than the parish has ever raised, most of it "
    "for the roof over the organ loft, which has leaked onto the pipes since the storm of the "
    "winter before last.",
    "They will sing in the school hall.",
    "The headteacher has offered the hall on Thursday evenings for as long as the repairs take, "
    "and the choir has accepted, though several of its members have said they will miss the "
    "echo, which forgave a great many wrong notes.",
    "The first rehearsal there is set for the second week of January, with tea afterwards in "
    "the staff room and a bus from the church gate for anyone who no longer drives at night.",
]
CHOIR_HEADS = [CHOIR[1], CHOIR[4], CHOIR[7]]


def test_pronoun_turns_stand_in_a_profile():
    assert heads_of(*CHOIR) == CHOIR_HEADS


# --- a ferry report: 'It' and 'Then' turns, a plain head, a punchy line inside a section ---

FERRY = [
    "SKELLHAMN — The night ferry to the outer islands ran aground on a sandbank on Tuesday "
    "with forty passengers on board, none of them hurt, and was pulled free on the morning "
    "tide after eleven hours.",
    "It happened in the dark.",
    "The ferry left the harbour at ten in the evening, half an hour late, and took the inner "
    "channel to make up time, as the crews often do in calm weather when the tide is high "
    "enough to let them cut the corner at the lighthouse.",
    "The tide was not high enough. The ferry's bow rode up onto the sandbank at a little after "
    "eleven, and the captain cut the engines at once rather than try to reverse off it.",
    "Nobody panicked.",
    "The passengers were given blankets and coffee, and a nurse on her way home checked on "
    "the two oldest among them every hour until the lifeboat arrived from the mainland.",
    "The crew kept everyone calm.",
    "The lifeboat stood by all night but did not take anyone off, because the captain judged "
    "that the ferry was safer on the sand than the open boat would be in the swell outside the "
    "channel, and the coastguard agreed with him.",
    "The cook opened the galley at midnight and made soup for everyone on board, which the "
    "passengers mentioned more often than anything else when they came ashore.",
    "Then the tide turned.",
    "At half past nine in the morning a tug from the island port took a line from the stern "
    "and pulled the ferry back into the channel on the rising water, and divers found no more "
    "than a scrape on the paint of the hull.",
    "The ferry company said the inner channel would be closed to its boats until the "
    "harbour authority had surveyed it again, and apologised to the passengers with a refund.",
]
FERRY_HEADS = [FERRY[1], FERRY[6], FERRY[9]]


def test_turns_stand_in_a_report_with_a_punchy_line():
    assert heads_of(*FERRY) == FERRY_HEADS


# --- near misses ---


def test_turns_alone_stay_text():
    # no strict sentence head among them: a writer's one-line paragraphs
    blocks = [*CHOIR]
    blocks[4] = "It is older than anyone."
    assert heads_of(*blocks) == []


def test_turns_over_one_paragraph_each_stay_text():
    blocks = [LIGHT[0], LIGHT[2], LIGHT[3], LIGHT[7], LIGHT[8], LIGHT[10], LIGHT[11]]
    blocks += [LIGHT[13], LIGHT[14]]
    assert heads_of(*blocks) == []


def test_turns_in_an_essay_s_first_person_stay_text():
    blocks = [*LIGHT]
    blocks[5] = "I put in ten crowns myself."
    heads = heads_of(*blocks)
    assert LIGHT[2] not in heads and LIGHT[10] not in heads and LIGHT[13] not in heads


def test_turn_sentence():
    assert turn_sentence("It began with a storm.")
    assert turn_sentence("Then a stranger knocked on the door.")
    assert turn_sentence("The organ is older than anyone.")  # a sentence head
    assert not turn_sentence("But it rained all week.")  # running text
    assert not turn_sentence("This is where it ends.")  # pointing at a thing just said
    assert not turn_sentence("It rained. Then it stopped.")  # two sentences on pointers
    assert not turn_sentence("It did.")  # too short
