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
    "lead_in_citizen_bunge_handout_xinhua_file_ltd_credits": "a lone question inside an answer "
    "in the second person ('Can you avoid it by X?'), answered by the next line, taken as a "
    "head (its yes/no question head after a picture right since heads75, its statement-and-"
    "question head after a list since heads77)",
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
        "two lone questions inside question heads' answers taken as heads: 'Can an "
        "unregistered X still Y?' leans on the answer's 'registered X', the head's own term, "
        "which a FAQ's next head would as well, and 'Will visitors notice?' is an ellipsis "
        "over a reply longer than the answer above it, as a FAQ's 'Will the council help?' "
        "head is ('Is that fair ...?' right since heads77)"
    ),
    "zx06_czech_marionette_theatre_review_prague_star_line_details_line_curly_quoted_head_one_"
    "sentence_stop_head_long_head_no_stop_question_head_lone_questions_punchy_lines_ctk_initial_"
    "courtesy_a_s_after_a_s_credits": (
        "a question head ('Is it for X?') after a lone question's section read as a paragraph"
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
        "a one-sentence head ending in '.' by rhythm opening on a pronoun ('She learned ...') "
        "read as a paragraph (its 23-word head without a stop right since heads74, its "
        "two-sentence head and its lone question since heads78)"
    ),
    "ya02_lesotho_sani_pass_border_toll_qa_explainer_maseru_lena_dateline_question_heads_yes_no_"
    "heads_curly_quoted_question_head_statement_and_question_head_lone_questions_in_answers_colon_"
    "lead_in_lesotho_times_lena_handout_file": (
        "a lone question inside an answer taken as a head: 'Will the card X work at N metres?' "
        "(its 'card' the head's own word, no lean a FAQ's next head lacks; its stated question "
        "head, 'Does the same apply to X?' and 'Will it put people off?' right since heads77)"
    ),
    "ya04_andorran_ski_resort_hire_car_snow_chains_guide_andorra_la_vella_dateline_step_n_colon_"
    "heads_two_sentence_step_head_question_step_head_long_step_head_no_stop_plain_head_lone_"
    "questions_colon_lead_ins_ana_bondia_handout_file": (
        "a lone 'Is the pass ever closed?' answered by the next line taken as a head (its "
        "'Step N:' heads right since heads76, its question inside a step since heads78)"
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
        "a lone question inside an answer ('Can a X refuse to print them?') taken as a head: "
        "'a X' is named by no 'the X' in the answer, and 'them' is as often a FAQ's topic (its "
        "stated question head, 'Will it cost anything?' and 'Does the order matter?' right "
        "since heads77)"
    ),
    "yc01_liechtenstein_vaduz_hillside_library_architecture_review_vaduz_dateline_one_and_two_"
    "sentence_full_stop_heads_by_rhythm_lone_yes_no_questions_punchy_lines_colon_lead_in_"
    "vaterland_agency_first_courtesy_keystone_file_uncredited": (
        "a one-sentence head ending in '.' by rhythm after a picture ('It will age well.') read "
        "as a paragraph (its other one-sentence and both two-sentence heads and its two lone "
        "questions right)"
    ),
    "yc02_mauritanian_election_night_qa_explainer_nouakchott_ami_dateline_question_heads_yes_no_"
    "heads_curly_quoted_question_head_statement_and_question_head_full_sentence_head_lone_"
    "questions_in_answers_colon_lead_in_ami_handout_afp_file": (
        "a curly-quoted statement-and-question head after a picture ('“I voted at X. Does my "
        "vote count?”') read as a paragraph and a lone 'Can the commission go faster?' inside "
        "an answer, replied at more length than the answer, taken as a head (its statement head "
        "among question heads and two lone questions right since heads78)"
    ),
    "yc06_djiboutian_heatwave_health_myth_buster_djibouti_adi_dateline_curly_and_straight_quoted_"
    "myth_heads_long_head_no_stop_question_head_full_sentence_head_lone_questions_punchy_lines_"
    "colon_lead_in_adi_courtesy_initial_reuters_file_uncredited": (
        "a short question head whose answer ends in a ':' lead-in over a list ('So what does "
        "work?') read as a paragraph beside curly- and straight-quoted myth heads (its 23-word "
        "myth head without a stop right since heads78)"
    ),
    "yc07_gabonese_chess_open_final_round_report_libreville_reuters_dateline_one_and_two_"
    "sentence_full_stop_heads_by_rhythm_lone_questions_punchy_lines_colon_lead_in_standings_agp_"
    "gabonreview_initial_reuters_uncredited": (
        "a one-sentence head ending in '.' by rhythm after the lead ('He was not supposed to be "
        "here.') read as a paragraph (its other three full-sentence heads right)"
    ),
    "yc08_dominica_parenting_advice_column_roseau_reader_question_heads_long_statement_head_no_"
    "stop_curly_quoted_head_full_sentence_head_lone_rhetorical_questions_punchy_lines_sign_off_"
    "write_in_line_dno_gis_handout_istock_uncredited": (
        "a 16-word statement-and-question letter head ('My son is 16 and says X. What do I "
        "say?') read as a paragraph and a lone 'Is it really a problem?' taken as a head (its "
        "sign-off 'Love, X' and its 22-word head over a signed letter right since heads78)"
    ),
    "yd02_liberian_national_id_card_registration_qa_explainer_monrovia_lina_dateline_question_"
    "heads_yes_no_heads_curly_quoted_question_head_statement_and_question_head_full_sentence_"
    "head_lone_questions_in_answers_colon_lead_in_lina_handout_reuters_file": (
        "a curly-quoted statement-and-question head after a picture ('“I already have the old X. "
        "Do I still need a new one?”') and a one-sentence head ending in '.' among question heads "
        "('The deadline is not the end of the world.') read as paragraphs, and all three lone "
        "questions inside answers ('Does that include X?', 'Can I use X?', 'Will the deadline be "
        "extended?') taken as heads"
    ),
    "yd05_monegasque_restaurant_wine_list_column_curly_and_straight_quoted_heads_long_head_no_"
    "stop_question_head_two_sentence_head_lone_rhetorical_questions_punchy_lines_sign_off_monaco_"
    "matin_courtesy_initial_uncredited": (
        "a short question head closing the column ('So where should you start?') read as a "
        "paragraph, and a lone 'Is it any good?' under a curly-quoted head's first paragraph "
        "taken as a head (its quoted, two-sentence and 29-word heads right)"
    ),
    "yd06_burundian_tour_du_burundi_cycling_stage_report_bujumbura_afp_dateline_fragment_lead_one_"
    "and_two_sentence_full_stop_heads_by_rhythm_lone_questions_punchy_lines_colon_lead_in_results_"
    "abp_iwacu_initial_afp_uncredited": (
        "all three heads ending in '.' by rhythm (two of one sentence, 'He had lost the jersey on "
        "Friday.', one of two, 'Then the rain came. And X cracked.') read as paragraphs (its two "
        "lone questions right)"
    ),
    "yd07_vincentian_calypsonian_obituary_kingstown_dateline_one_and_two_sentence_full_stop_heads_"
    "by_rhythm_straight_quoted_head_long_head_no_stop_lone_questions_punchy_lines_colon_lead_in_"
    "born_died_line_searchlight_svg_gis_initial_jr_uncredited": (
        "a one-sentence head ending in '.' by rhythm after the lead ('He was a banana farmer "
        "first.') read as a paragraph, so the lone question under it ('Did he ever want to X?') "
        "is taken as a head (its two-sentence, straight-quoted and 22-word heads right)"
    ),
    "ye02_trinidadian_carnival_mas_band_qa_explainer_port_of_spain_dateline_question_heads_yes_no_"
    "head_full_sentence_head_curly_quoted_question_head_lone_questions_in_answers_colon_lead_in_"
    "guardian_newsday_initial_courtesy_uncredited": (
        "a one-sentence head ending in '.' among question heads ('You do not have to know how to "
        "X.') and a curly-quoted statement-and-question head ('“My friends are in X. Can we still "
        "meet up on the road?”') read as paragraphs, and both lone questions inside answers ('Do "
        "you have to dance the whole way?', 'Is the all-inclusive worth it?' after a list) taken "
        "as heads"
    ),
    "ye05_burkinabe_fespaco_film_review_star_line_details_line_curly_quoted_head_long_head_no_"
    "stop_two_sentence_head_question_head_lone_questions_punchy_lines_aib_fespaco_handout_"
    "courtesy_films_sarl_uncredited": (
        "a question head after a lone question's section ('Where does it sit among X?') read as a "
        "paragraph (its curly-quoted, 14-word, two-sentence heads and both lone questions right)"
    ),
    "ye07_nauruan_weightlifting_coach_obituary_yaren_dateline_full_stop_heads_by_rhythm_quoted_"
    "head_long_head_no_stop_lone_questions_punchy_lines_colon_lead_in_born_died_gio_handout_"
    "chained_initial_jr": (
        "a one-sentence head ending in '.' by rhythm after the lead ('He never lifted in "
        "competition.') read as a paragraph, and a lone 'Did he ever lose his temper?' under a "
        "straight-quoted head's first paragraph taken as a head (its two-sentence, quoted and "
        "19-word heads and 'Why weightlifting?' right)"
    ),
    "yf01_guernsey_lifeboat_crew_feature_st_peter_port_dateline_one_and_two_sentence_full_"
    "stop_heads_by_rhythm_pronoun_and_verb_heads_lone_yes_no_questions_punchy_lines_colon_"
    "lead_in_guernsey_press_rnli_handout_initial_uncredited": (
        "a one-sentence head ending in '.' by rhythm that opens on a pronoun, right after a "
        "punchy line under the lead ('It starts with a sound.'), read as a paragraph (its other "
        "one-sentence head, both two-sentence heads, both lone questions and every punchy line "
        "right)"
    ),
    "yf02_curacao_guilder_switch_qa_explainer_willemstad_dateline_question_heads_full_"
    "sentence_head_curly_quoted_head_lone_questions_in_answers_after_list_ad_anp_file_cbcs_"
    "handout": (
        "the one statement among question heads ('X will not go up because of Y.') and a curly-"
        "quoted statement-and-question head ('“My X keeps her money at home. Will it still be "
        "worth anything next year?”') read as paragraphs, and all three lone questions inside "
        "answers ('Will my savings lose value?', 'Is there a limit?' after a list, 'Has that "
        "happened anywhere?') taken as heads"
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
