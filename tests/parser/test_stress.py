"""The stress set (tests/fixtures/stress): each article parses as its hand-written answers say,
but for the shapes no rule tells apart yet, kept as expected failures so that a fix shows."""

from __future__ import annotations

import pytest

from api.parser import parse
from benchmarks.stress_eval import STRESS, read_annotated

KNOWN = {
    "h05_one_line_paragraphs": "one-line paragraphs shaped and spaced as full-sentence heads are",
    "zn01_dutch_chess_tournament_report_dateline_full_sentence_heads_lone_question_punchy_lines_"
    "hollandse_hoogte_credits": "two full-sentence heads ending in '.' (one of two sentences, one "
    "of one) read as paragraphs; a lone question between paragraphs ('Was it cowardly?'), answered "
    "by the next line, taken as a head",
    "zn03_danish_architecture_review_quoted_heads_long_sentence_case_heads_no_stop_star_line_"
    "ritzau_courtesy_compound_credits": "a lone question ('Will it be?') answered by the next line "
    "taken as a head; the long sentence-case head without a final stop (about 95 characters) after "
    "that answer read as a paragraph, where its sibling long head is a head",
    "zn04_hong_kong_parenting_column_quoted_reader_letter_heads_full_sentence_heads_lone_"
    "questions_sign_offs_handout_shutterstock": "two reader's letters as heads in curly quotes "
    "(two sentences ending in '?') and a full-sentence head of two sentences ending in '.' read as "
    "paragraphs; two pseudonym sign-offs under the letters ('X mum, Place') taken as heads",
    "zn05_ghana_election_night_explainer_question_heads_paren_numbered_heads_lone_question_"
    "dateline_gna_ec_handout_credits": "a plain head stacked right over the first '1)' head, and "
    "that '1)' head, read as paragraphs (its '2)' and '3)' siblings are heads); a lone question "
    "('Can anyone else win?') answered by the next line taken as a head among question heads",
    "zn07_fiji_rugby_sevens_report_dateline_long_sentence_case_heads_full_sentence_head_score_"
    "lines_lone_question_fiji_sun_world_rugby_credits": "a score line ('Final: X 24 Y 19 (aet)') "
    "after the dateline taken as a head; a one-sentence full-sentence head ending in '.' and a "
    "closing plain head after a picture read as paragraphs",
    "zo01_colombian_cycling_stage_report_dateline_full_sentence_heads_lone_question_punchy_lines_"
    "colprensa_ap_photo_sr_caption_credits": "two full-sentence heads of two sentences ending in "
    "'.' read as paragraphs",
    "zo02_nigerian_drivers_licence_renewal_guide_step_n_colon_heads_colon_lead_ins_lone_question_"
    "punch_frsc_handout_nan_credits": "a lone question ('Lost your old licence?') after a ':' "
    "list, answered by the next line, taken as a head",
    "zo03_iceland_eruption_live_page_clock_lines_quoted_and_question_post_heads_sign_off_ruv_"
    "almannavarnir_handout_afp_file_credits": "a lone question opening a live post under a clock "
    "line, answered by the next line, taken as a head where its sibling posts have heads",
    "zo05_swedish_cashless_law_qa_explainer_question_heads_lone_question_in_answer_colon_lead_in_"
    "tt_file_riksbank_handout_credits": "a lone follow-up question inside an answer, after a ':' "
    "list and answered by the next line, taken as a head among question heads",
    "zo06_brazilian_samba_singer_obituary_dateline_full_sentence_heads_long_sentence_case_head_"
    "lone_question_born_died_line_folhapress_agencia_o_globo_estadao_credits": "two full-sentence "
    "heads of two sentences ending in '.' read as paragraphs",
    "zo08_peru_machu_picchu_ticket_rules_explainer_paren_numbered_heads_long_sentence_case_head_"
    "lone_question_colon_lead_in_andina_promperu_us_inc_credits": "a lone question after a ':' "
    "list, answered by the next line, taken as a head",
}


def cases() -> list:
    """One parameter per stress article, the known misses marked as strict expected failures."""
    return [
        pytest.param(
            path,
            id=path.stem,
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN[path.stem])]
            if path.stem in KNOWN
            else [],
        )
        for path in sorted(STRESS.glob("*/*.txt"))
    ]


def test_the_stress_set_has_both_parts():
    assert len(list((STRESS / "dev").glob("*.txt"))) >= 20
    assert len(list((STRESS / "held").glob("*.txt"))) >= 10


@pytest.mark.parametrize("path", cases())
def test_a_stress_article_parses_as_a_reader_reads_it(path):
    case = read_annotated(path.read_text(encoding="utf-8"))
    doc = parse(case.export)
    assert [block.text for block in doc.body if block.type == "subheading"] == case.heads
    assert case.scored_paragraphs(doc.paragraphs) == case.paragraphs
    assert [(image.caption, image.credit) for image in doc.images] == case.images
