"""The stress set (tests/fixtures/stress): each article parses as its hand-written answers say,
but for the shapes no rule tells apart yet, kept as expected failures so that a fix shows."""

from __future__ import annotations

import pytest

from api.parser import parse
from benchmarks.stress_eval import STRESS, read_annotated

KNOWN = {
    "h05_one_line_paragraphs": "one-line paragraphs shaped and spaced as full-sentence heads are",
    "zq03_chilean_copper_mine_strike_news_dateline_long_heads_no_stop_quoted_head_full_sentence_"
    "head_lone_question_punchy_lines_aton_agencia_uno_handout_initial_credits": "a two-sentence "
    "full-sentence head ending in '.' among long and quoted heads read as a paragraph",
    "zq05_mongolian_naadam_wrestling_report_ap_dateline_full_sentence_heads_curly_quoted_head_lone_"
    "question_punchy_lines_colon_lead_in_montsame_initial_pool_jr_credits": "three heads ending "
    "in '.' (of one sentence, of two, a noun phrase) beside a curly-quoted head read as paragraphs",
    "zq07_senegalese_kora_player_obituary_dakar_dateline_one_and_two_sentence_full_stop_heads_"
    "quoted_head_long_head_no_stop_lone_question_punchy_lines_aps_le_soleil_chained_getty_courtesy_"
    "family_us_credits": "three full-sentence heads ending in '.' (one of one sentence, two of "
    "two) beside a quoted and a long head read as paragraphs",
    "zt03_tanzanian_mobile_money_levy_qa_explainer_dar_es_salaam_dateline_question_heads_yes_no_"
    "heads_statement_and_question_head_curly_quoted_term_head_lone_questions_in_answers_colon_"
    "lead_in_citizen_bunge_handout_xinhua_file_ltd_credits": "a statement-and-question head after "
    "a list read as a paragraph, and a lone question inside an answer, answered by the next "
    "line, taken as a head (its yes/no question head after a picture right since heads75)",
    "zu02_armenian_yerevan_metro_card_switch_qa_explainer_dateline_question_heads_yes_no_"
    "heads_curly_quoted_term_head_long_question_head_lone_questions_in_answers_colon_lead_in_"
    "armenpress_photolure_cjsc_handout_credits": (
        "a lone question inside a question head's answer ('X need one?'), answered by the next "
        "line ('Not really.'), taken as a head"
    ),
    "zu08_panama_canal_reservoir_analysis_panama_city_dateline_one_and_two_sentence_full_"
    "stop_heads_by_rhythm_long_head_no_stop_lone_questions_punchy_lines_colon_lead_in_la_"
    "prensa_acp_handout_sa_initial_file_inc_credits": (
        "two heads ending in '.' by rhythm (one of one sentence, one of two) read as paragraphs "
        "beside two lone questions answered by the next line taken as heads (the questions stand "
        "as heads first, so the lines beside them are too close to them to be siblings)"
    ),
    "zv02_kyrgyz_yurt_camp_tourist_levy_qa_explainer_bishkek_kabar_dateline_question_heads_"
    "yes_no_heads_statement_and_question_head_single_quoted_term_head_lone_questions_in_"
    "answers_colon_lead_in_24kg_akipress_courtesy_credits": (
        "three lone questions inside question heads' answers, each answered by the next line, "
        "taken as heads (they lean on no word a FAQ's next head would not hold: 'Is that fair "
        "...?', 'Can X still Y?', 'Will visitors notice?')"
    ),
    "zx06_czech_marionette_theatre_review_prague_star_line_details_line_curly_quoted_head_one_"
    "sentence_stop_head_long_head_no_stop_question_head_lone_questions_punchy_lines_ctk_initial_"
    "courtesy_a_s_after_a_s_credits": (
        "a question head ('Is it for X?') after a lone question's section read as a paragraph"
    ),
    "zz02_barbados_bottle_deposit_qa_explainer_cmc_dateline_question_heads_yes_no_curly_quoted_"
    "statement_and_question_long_question_heads_lone_questions_in_answers_colon_lead_in_barbados_"
    "today_nation_gis_handout_file": (
        "all three lone questions inside answers ('Only got a few?', 'Is the X missing?', 'Why "
        "did it end?') taken as heads (its 30-word question head right since heads74)"
    ),
    "zz06_sierra_leonean_debut_novel_book_review_freetown_star_line_details_line_curly_quoted_head_"
    "one_sentence_stop_head_long_head_no_stop_question_head_lone_questions_punchy_lines_order_line_"
    "author_photo_awoko_courtesy_credits": (
        "a one-sentence head ending in '.' read as a paragraph, and a lone question under a "
        "curly-quoted head's first paragraph taken as a head (its 22-word head without a stop "
        "right since heads74)"
    ),
    "zz08_solomon_islands_shell_money_maker_obituary_honiara_dateline_one_and_two_sentence_full_"
    "stop_heads_by_rhythm_straight_quoted_head_long_head_no_stop_lone_questions_punchy_lines_born_"
    "died_line_solomon_star_sibc_inc_family_afp_file": (
        "both heads ending in '.' by rhythm (one of one sentence, one of two) read as paragraphs "
        "beside a straight-quoted head, and a lone question answered by a quote taken as a head "
        "(its 23-word head without a stop right since heads74)"
    ),
    "ya02_lesotho_sani_pass_border_toll_qa_explainer_maseru_lena_dateline_question_heads_yes_no_"
    "heads_curly_quoted_question_head_statement_and_question_head_lone_questions_in_answers_colon_"
    "lead_in_lesotho_times_lena_handout_file": (
        "an 18-word statement-and-question head ('I run a X in Y and my guests cross twice a day. "
        "Do they pay every time?') among question heads read as a paragraph, and three of four "
        "lone questions inside answers ('Will the X work at N metres?', 'Does the same apply to "
        "X?', 'Will it put people off?') taken as heads"
    ),
    "ya04_andorran_ski_resort_hire_car_snow_chains_guide_andorra_la_vella_dateline_step_n_colon_"
    "heads_two_sentence_step_head_question_step_head_long_step_head_no_stop_plain_head_lone_"
    "questions_colon_lead_ins_ana_bondia_handout_file": (
        "two lone questions answered by the next line taken as heads (its 'Step N:' heads of "
        "one or two sentences and without a stop right since heads76)"
    ),
    "ya05_zimbabwean_victoria_falls_dry_season_listicle_paren_numbered_heads_two_sentence_curly_"
    "quoted_question_one_sentence_stop_long_no_stop_heads_lone_questions_punchy_lines_question_"
    "lead_in_herald_zimpapers_compound_uncredited": (
        "a lone 'Why small notes?' answered by a punchy line taken as a head (its 30-word '5)' "
        "head without a stop right since heads76)"
    ),
    "ya06_guyanese_rainforest_lodge_hotel_review_star_line_details_line_curly_quoted_head_one_"
    "sentence_stop_head_long_head_no_stop_question_head_lone_questions_punchy_lines_booking_line_"
    "stabroek_courtesy_initial_credits": (
        "a one-sentence review head ending in '.' ('The rooms are simple.') and a 26-word head "
        "without a stop read as paragraphs under a star line"
    ),
    "yb02_eswatini_prepaid_electricity_token_qa_explainer_mbabane_news_dateline_question_heads_"
    "yes_no_heads_straight_quoted_question_head_statement_and_question_head_lone_questions_in_"
    "answers_colon_lead_in_times_of_eswatini_handout_file": (
        "an 18-word statement-and-question head ('I live in a X and the meter is in Y. Who gets "
        "the codes?') and a yes/no question head after a picture ('Will it cost anything?') read "
        "as paragraphs, and two of three lone questions inside answers ('Does the order matter?' "
        "after a list, 'Can a shop refuse to print them?') taken as heads"
    ),
    "yb05_gambian_river_birdwatching_listicle_paren_numbered_heads_two_sentence_curly_quoted_"
    "question_one_sentence_stop_long_no_stop_heads_lone_questions_punchy_lines_question_lead_in_"
    "the_point_foroyaa_compound_uncredited": (
        "a lone 'Can you pay by phone?' answered by the next line taken as a head (its 28-word "
        "'4)' head, '7) Go slowly.' and the punchy line under it right since heads76)"
    ),
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
