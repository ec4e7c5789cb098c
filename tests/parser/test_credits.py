"""The caption/credit split, rule by rule: a table of caption lines that split and that must not."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit

ALT = "Council votes to rebuild the harbor wall"

SPLITS = [
    # glue after sentence-end punctuation
    ("Crews at the harbor on September 29.Lena Fischer\\Nordic Wire via Getty Images",
     "Crews at the harbor on September 29.", "Lena Fischer\\Nordic Wire via Getty Images"),
    ("The harbor wall from the pier.Reuters", "The harbor wall from the pier.", "Reuters"),
    ("Seen from the pier.Reed Alcott / Associated Press",
     "Seen from the pier.", "Reed Alcott / Associated Press"),
    ("Seen from the pier, Tuesday, Nov. 19, 2019.Marcus Bell, AP",
     "Seen from the pier, Tuesday, Nov. 19, 2019.", "Marcus Bell, AP"),
    ("A rendering of the new wall for 2026.Future/Harbor Board/Ellis Studio, Tern Design",
     "A rendering of the new wall for 2026.", "Future/Harbor Board/Ellis Studio, Tern Design"),
    ("Protesters outside the hall.NurPhoto via Getty Images",
     "Protesters outside the hall.", "NurPhoto via Getty Images"),
    ("The team celebrates.Getty Images for Netflix", "The team celebrates.",
     "Getty Images for Netflix"),
    ("Visitors at the museum.Smith", "Visitors at the museum.", "Smith"),
    # glue after a lowercase letter or a digit
    ("Harbor BrothersClay Patrick Dunmore", "Harbor Brothers", "Clay Patrick Dunmore"),
    ("The director of the streaming serviceWalt Disney Co.",
     "The director of the streaming service", "Walt Disney Co."),
    ("Patients were treated at the clinicEPA", "Patients were treated at the clinic", "EPA"),
    ("A hunter with a rabbitGetty - Contributor", "A hunter with a rabbit", "Getty - Contributor"),
    ("A marmot, a large rodentThe Siberian Times", "A marmot, a large rodent",
     "The Siberian Times"),
    ("The stadium in 2020Getty Images", "The stadium in 2020", "Getty Images"),
    ("Floods on ThursdayNational Weather Service", "Floods on Thursday",
     "National Weather Service"),
    # captions ending in '?', ')' or a quote still split
    ("Who is the front-runner?Getty Images", "Who is the front-runner?", "Getty Images"),
    ("Candidates on stage (left to right)Jane Roe, AP", "Candidates on stage (left to right)",
     "Jane Roe, AP"),
    ('A sign reading "Not again."Mary Jones/AFP', 'A sign reading "Not again."', "Mary Jones/AFP"),
    ("A sign reading “Not again.”Mary Jones/AFP", "A sign reading “Not again.”", "Mary Jones/AFP"),
    ("The label marked ‘Fragile’Reuters", "The label marked ‘Fragile’", "Reuters"),
    # abbreviations, initials and decimals in the caption do not stop the right split
    ("Crowds on Jan. 6 outside the court.Jane Doe/Reuters",
     "Crowds on Jan. 6 outside the court.", "Jane Doe/Reuters"),
    ("Soldiers at a U.S. base in 2021.Sergei Volkov/Reuters",
     "Soldiers at a U.S. base in 2021.", "Sergei Volkov/Reuters"),
    ("Books by J.R.R. Tolkien, 1968Marjorie Flint", "Books by J.R.R. Tolkien, 1968",
     "Marjorie Flint"),
    ("Prices rose 3.5 percent.Harold Pike Collection", "Prices rose 3.5 percent.",
     "Harold Pike Collection"),
    # a credit that opens with a run of initials starts at its first initial
    ("Boats at dawn near Vicksburg, Miss.R.J. Matson Jr./The Delta Ledger",
     "Boats at dawn near Vicksburg, Miss.", "R.J. Matson Jr./The Delta Ledger"),
    ("A dredge near the river's mouth, Dec. 3, 2026.U.S. Army Corps of Engineers via AP",
     "A dredge near the river's mouth, Dec. 3, 2026.", "U.S. Army Corps of Engineers via AP"),
    ("Boats at the pier.A.J. Mast for The Harbor Times", "Boats at the pier.",
     "A.J. Mast for The Harbor Times"),
    ("Troops at a base in the U.S.J. Scott Smith / AP", "Troops at a base in the U.S.",
     "J. Scott Smith / AP"),
    # an abbreviation before the glue splits only when an agency follows
    ("A view of Washington, D.C.Reuters", "A view of Washington, D.C.", "Reuters"),
    ("The offices of Harbor Corp.AP", "The offices of Harbor Corp.", "AP"),
    # explicit markers: labels are dropped, 'Courtesy of' and 'AP Photo/' stay
    ("Kites over the dunes. Photo: Anja Berger", "Kites over the dunes.", "Anja Berger"),
    ("Kites over the dunes.Photo: Anja Berger", "Kites over the dunes.", "Anja Berger"),
    ("Kites over the dunes Image: Anja Berger/Reuters", "Kites over the dunes",
     "Anja Berger/Reuters"),
    ("The largest kite. Credit: Festival Committee", "The largest kite.", "Festival Committee"),
    ("The workshop in the 1980s.Courtesy of the Lindqvist family", "The workshop in the 1980s.",
     "Courtesy of the Lindqvist family"),
    ("A kite shaped like a fish (Jonas Weber/Coastal Times)", "A kite shaped like a fish",
     "Jonas Weber/Coastal Times"),
    ("A kite shaped like a fish (Photo: Jonas Weber)", "A kite shaped like a fish", "Jonas Weber"),
    ("Children on the levee.Composite: Harbor Review; Library of Congress",
     "Children on the levee.", "Harbor Review; Library of Congress"),
    # other roles' credits after the picture's own stay with it
    ("A loaf on a board.Photograph: Lena Marsh. Food styling: Tom Ashby", "A loaf on a board.",
     "Lena Marsh. Food styling: Tom Ashby"),
    ("A loaf.Photograph: Lena Marsh/Desk. Food styling: Tom Ashby. Prop styling: Ann Lee.",
     "A loaf.", "Lena Marsh/Desk. Food styling: Tom Ashby. Prop styling: Ann Lee."),
    ("Kites on the beach. AP Photo/Maria Santos", "Kites on the beach.", "AP Photo/Maria Santos"),
    ("Kites on the beach REUTERS/Maria Santos/File Photo", "Kites on the beach",
     "REUTERS/Maria Santos/File Photo"),
]  # fmt: skip

NO_SPLITS = [
    "The new iPhone on display in a store",
    "Sellers on eBay in 2019",
    "Coach Sean McDermott on the sidelines",
    "General Douglas MacArthur in 1945",
    "Gov. Ron DeSantis speaks",
    "LeBron James dunks",
    "Shaquille O'Neal at the arena",
    "Inside the WeWork",
    "Inside the HarborWork",
    "A PlayStation console on a shelf",
    "Watch the video on YouTube",
    "Officials in the U.S.Army base",
    "A first edition by J.R.R.Tolkien",
    "Photographed by Dr.Harold Pike",
    "The rate rose 3.5 percent in March",
    "The T-72B3 tank on parade",
    "Rocket launches by SpaceX/Blue Origin",
    "Senator Jane Smith (R-Texas)",
    "The president (left) with aides",
    "The Hubble Image: a galaxy far away",
    "It rained. Then it stopped.",
    "Police at the scene.Tom Smith. He said it was fine",
    "The end of the day.And then the lights came on and everyone went home",
    "KEVIN MAYERWALT DISNEY",
    "FILE PHOTO: The logo outside the office",
    "A loaf. Photo: Lena Marsh. She baked it in the morning, as she does every day",
]


@pytest.mark.parametrize(("line", "caption", "credit"), SPLITS)
def test_caption_line_splits(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize("line", NO_SPLITS)
def test_caption_line_without_a_certain_credit_keeps_it_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("alt", "line", "caption", "credit"),
    [
        ("A lander.", "A lander.Blue Origin", "A lander.", "Blue Origin"),
        ("Made by Tern Systems, Inc.", "Made by Tern Systems, Inc.Tern Systems, Inc.",
         "Made by Tern Systems, Inc.", "Tern Systems, Inc."),
        ("Officials in May", "Officials in MayThe Siberian Times", "Officials in May",
         "The Siberian Times"),
        ("In Las Vegas. Photo: John Roe / Copyright 2019", "In Las Vegas.John Roe, AP",
         "In Las Vegas.", "John Roe, AP"),
        ("A rabbit", "A rabbitVesti/The Siberian Times", "A rabbit", "Vesti/The Siberian Times"),
    ],
)  # fmt: skip
def test_alt_text_settles_where_the_caption_ends(alt, line, caption, credit):
    assert split_credit(alt, line) == (caption, credit)


@pytest.mark.parametrize(
    ("alt", "line"),
    [
        ("A caption", "A caption"),
        ("Disney", "Disney+ streaming service"),
        ("The Walt", "The Walt Disney Co. said demand was high"),
        ("A dog", "A dogged runner at the finish"),
    ],
)
def test_alt_prefix_without_a_credit_after_it_does_not_split(alt, line):
    assert split_credit(alt, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # agency credits with spaces around the slash, optionally from the archive ('file')
        ("Crews clear the road on Monday.Nora Vale / Reuters file",
         "Crews clear the road on Monday.", "Nora Vale / Reuters file"),
        ("Boats in the bay at dawn.Ivo Marsh / AP file", "Boats in the bay at dawn.",
         "Ivo Marsh / AP file"),
        ("The pier after the storm.Tess Orlan / Getty Images",
         "The pier after the storm.", "Tess Orlan / Getty Images"),
        # a credit that starts with an initial
        ("A crowd outside the court.J. Scott Pellow / AP", "A crowd outside the court.",
         "J. Scott Pellow / AP"),
        ("The dam at dusk.R. Amin / Getty Images", "The dam at dusk.", "R. Amin / Getty Images"),
        # a caption that ends in an abbreviation keeps it
        ("A branch of the largest chain in the U.S.Nora Vale / AP",
         "A branch of the largest chain in the U.S.", "Nora Vale / AP"),
        ("Troops leave the base in the U.K.Ivo Marsh / Reuters",
         "Troops leave the base in the U.K.", "Ivo Marsh / Reuters"),
        # a caption without final punctuation, ending in a name suffix
        ("Quarterback Sam Pell IIINora Vale, Associated Press", "Quarterback Sam Pell III",
         "Nora Vale, Associated Press"),
        ("Coach Dale Orr IIIvo Marsh / AP", "Coach Dale Orr II", "Ivo Marsh / AP"),
        # ... or a credit that opens on initials
        ("Chief Amos Kettering IIIT. Lena Voss / AP", "Chief Amos Kettering III",
         "T. Lena Voss / AP"),
        ("Mayor Rufus Delacroix IVM. Okafor, Associated Press", "Mayor Rufus Delacroix IV",
         "M. Okafor, Associated Press"),
        ("Senator Hale Brandt IIP.J. Soren / Reuters", "Senator Hale Brandt II",
         "P.J. Soren / Reuters"),
        # several holders chained by slashes
        ("The surface of the dwarf planet.NASA/ESA/J. Pellow/SwRI",
         "The surface of the dwarf planet.", "NASA/ESA/J. Pellow/SwRI"),
        ("The far side of the moon.NASA/JHUAPL/SwRI", "The far side of the moon.",
         "NASA/JHUAPL/SwRI"),
        # an agency inside a chain of holders does not start the credit
        ("Boats near the pier.Nora Vale / EPA-EFE / Shutterstock", "Boats near the pier.",
         "Nora Vale / EPA-EFE / Shutterstock"),
        ("The crowd at the gate.Ivo Marsh/AFP/Getty Images", "The crowd at the gate.",
         "Ivo Marsh/AFP/Getty Images"),
        ("The old mill in spring.Tess Orlan | Reuters / Alamy", "The old mill in spring.",
         "Tess Orlan | Reuters / Alamy"),
        # nor does one after 'via': the credit starts at its first holder
        ("A minute's silence in Valencia, Spain.Action Images via Reuters/Lee Smith",
         "A minute's silence in Valencia, Spain.", "Action Images via Reuters/Lee Smith"),
        ("Fans at the gate.Harbour Trust via AP Photo/Ivo Marsh", "Fans at the gate.",
         "Harbour Trust via AP Photo/Ivo Marsh"),
        # by-line credits, single and compound, kept whole
        ("A collage of the candidates.Photo illustration by Desk Staff. Photo by Nora Vale.",
         "A collage of the candidates.", "Photo illustration by Desk Staff. Photo by Nora Vale."),
        ("The dam at dusk.Photo by Ivo Marsh", "The dam at dusk.", "Photo by Ivo Marsh"),
        ("Two of the rescued dogs.Illustration by Tess Orlan", "Two of the rescued dogs.",
         "Illustration by Tess Orlan"),
        # a credit labelled by an ellipsis or a copyright sign instead of a colon
        ("Boats near the pier.Credit...Nora Vale for The Kestrel Times", "Boats near the pier.",
         "Nora Vale for The Kestrel Times"),
        ("The dam at dusk.Credit…Ivo Marsh/Reuters", "The dam at dusk.", "Ivo Marsh/Reuters"),
        ("The crowd at the gate. © Tess Orlan", "The crowd at the gate.", "Tess Orlan"),
        # a by-line credit in parentheses, with its agency
        ("The mayor at city hall. (Photo by Ivo Marsh/Getty Images)", "The mayor at city hall.",
         "Photo by Ivo Marsh/Getty Images"),
        ("Crews on the dam (Photo illustration by Desk Staff)", "Crews on the dam",
         "Photo illustration by Desk Staff"),
        # lowercase words closing a credit: a handout, an archive picture
        ("A sketch of the new bridge.Harbour Board handout", "A sketch of the new bridge.",
         "Harbour Board handout"),
        ("The quay in 1990.Ivo Marsh / Reuters file photo", "The quay in 1990.",
         "Ivo Marsh / Reuters file photo"),
        # an agency that writes its name in lower case
        ("Fans at the gate on Sunday.picture alliance/dpa/Tess Orlan",
         "Fans at the gate on Sunday.", "picture alliance/dpa/Tess Orlan"),
        ("The ferry leaves at dawn.dpa", "The ferry leaves at dawn.", "dpa"),
        # a chain of holders is not split at a capital inside one of them
        ("How the maps were drawn.NASA/JHUAPL/SwRI/R. Amin", "How the maps were drawn.",
         "NASA/JHUAPL/SwRI/R. Amin"),
        # after an explicit label a holder may hold lowercase words
        ("The new vans.Image: Ferry operator handout", "The new vans.", "Ferry operator handout"),
        ("The old pier. Photo: Harbour Board archive", "The old pier.", "Harbour Board archive"),
        # French labels with a space before the colon; a bare label before an agency
        ("La piscine fermée.Photo : Ana Roux / AFP", "La piscine fermée.", "Ana Roux / AFP"),
        ("Des enfants.Crédit photo : Ana Roux / La Provence", "Des enfants.",
         "Ana Roux / La Provence"),
        ("De gedeputeerde.Foto ANP", "De gedeputeerde.", "ANP"),
        ("The dam at dusk.Photo AFP", "The dam at dusk.", "AFP"),
        # labels naming what the picture is, and a courtesy label with a colon
        ("The new bridge.Illustration: Ana Roux/The Kestrel Times", "The new bridge.",
         "Ana Roux/The Kestrel Times"),
        ("Rents by district.Chart: Desk analysis of city data", "Rents by district.",
         "Desk analysis of city data"),
        ("The old lido. Courtesy: Friends of the Lido", "The old lido.", "Friends of the Lido"),
        # a by-line with the site it was published on; the BBC's label; a tabloid's; a source
        ("Nets on the quay.Photo by Ivo Marsh on Unsplash", "Nets on the quay.",
         "Photo by Ivo Marsh on Unsplash"),
        ("Children on the beach.Image source, Getty Images", "Children on the beach.",
         "Getty Images"),
        ("The lifeboat at sea.Pic: Kestrel Times", "The lifeboat at sea.", "Kestrel Times"),
        ("A drawing of the ferry.Source: Clyde Marine Ltd", "A drawing of the ferry.",
         "Clyde Marine Ltd"),
        # an abbreviation that closes a company's name, then a plain name
        ("Offices of Harbour Holdings Inc.Rob Tate", "Offices of Harbour Holdings Inc.",
         "Rob Tate"),
        # a courtesy credit named as a photo's, kept whole
        ("Ann Lee at her desk.Photo courtesy of Ann Lee", "Ann Lee at her desk.",
         "Photo courtesy of Ann Lee"),
        # labels of other languages and of wire copy; a credit in square brackets
        ("Fans on the square.Foto: Lena Marsh/dpa", "Fans on the square.", "Lena Marsh/dpa"),
        ("The new tram. Bild: Keystone", "The new tram.", "Keystone"),
        ("A meter key.Supplied: Harbour Advice", "A meter key.", "Harbour Advice"),
        ("The quay at noon.Photographer: Ivo Marsh/Bloomberg", "The quay at noon.",
         "Ivo Marsh/Bloomberg"),
        ("Lanterns on the river.[Nora Vale/Al Jazeera]", "Lanterns on the river.",
         "Nora Vale/Al Jazeera"),
    ],
)  # fmt: skip
def test_unseen_publishers_credit_styles(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Residents met in the U.S.Capitol on Friday",
        "Photo by the river at dusk, where the crews worked",
        "The pier seen from the hill in the morning",
        "The mayor (left) walks to the pier (by the river)",
        "The © sign is printed on every page of the book",
        "The crowd at the gate.picture of the day",
        "The crowd at the gate [left to right, by height]",
        "Kites over the dunes. Image: the kites were made by the children of the town",
    ],
)
def test_caption_like_tails_without_a_credit_keep_it_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a state's abbreviation after a comma closes the place, and the caption with it
        ("Rolls on a rack at the bakery in Waukesha, Wis.Kessler's Bakery",
         "Rolls on a rack at the bakery in Waukesha, Wis.", "Kessler's Bakery"),
        ("Fans outside the arena in Austin, Tex.Mary Poe", "Fans outside the arena in Austin, Tex.",
         "Mary Poe"),
        ("The old mill in Lowell, Mass.Harbor Historical Society",
         "The old mill in Lowell, Mass.", "Harbor Historical Society"),
        # a courtesy credit naming its holder without 'of', kept whole, after an abbreviation too
        ("A street of mesquite trees in Tempe, Ariz.Courtesy City of Tempe",
         "A street of mesquite trees in Tempe, Ariz.", "Courtesy City of Tempe"),
        ("A page of the log book from January 1987Courtesy Carrick Head Trust",
         "A page of the log book from January 1987", "Courtesy Carrick Head Trust"),
        ("The cover of the novel. Courtesy Harbor Press", "The cover of the novel.",
         "Courtesy Harbor Press"),
    ],
)  # fmt: skip
def test_captions_ending_in_a_place_abbreviation_or_before_a_courtesy(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # titles and other abbreviations that open what follows keep the capital after them
        "Pilgrims gather in St.Peter's Square",
        "A visit from Gov.Ann Marsh",
        "The lake near the Wis.Dells resort",
        # 'courtesy' as a word of the caption
        "The mayor pays a courtesy call at the embassy",
    ],
)
def test_abbreviations_that_open_a_name_and_courtesy_as_a_word_do_not_split(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a dotted code of a state or district after a comma closes the place as 'Wis.' does
        ("Bison cross a road in Custer State Park, S.D.Mara Quist for The Dakota Ledger",
         "Bison cross a road in Custer State Park, S.D.", "Mara Quist for The Dakota Ledger"),
        ("Visitors at the Mall in Washington, D.C.Ivo Marsh / AP",
         "Visitors at the Mall in Washington, D.C.", "Ivo Marsh / AP"),
        ("A ferry leaves Staten Island, N.Y.Pia Lund", "A ferry leaves Staten Island, N.Y.",
         "Pia Lund"),
        # a photographer working for a title settles a split after an abbreviation, as an
        # agency does: the caption keeps 'U.S.'
        ("The largest grocer in the U.S.Tova Reyes for The Harbor Times",
         "The largest grocer in the U.S.", "Tova Reyes for The Harbor Times"),
        ("Flags at the embassy of the U.K.Dan Oyelaran for Metro Weekly",
         "Flags at the embassy of the U.K.", "Dan Oyelaran for Metro Weekly"),
    ],
)  # fmt: skip
def test_captions_ending_in_a_dotted_code_before_a_credit(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "He served in the U.S.Army Corps of Engineers for two years",
        "A plaque from the U.S.Navy Yard",
        "Officers of the N.Y.Police Department",
    ],
)
def test_a_dotted_code_inside_a_name_keeps_the_caption_whole(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a pool's, an archive's or a source's picture, its by-line kept whole
        ("Leaders at the summit in June.Pool photo by Ivo Marsh", "Leaders at the summit in June.",
         "Pool photo by Ivo Marsh"),
        ("The signing at the club.Pool Photo by Nora Vale/AP", "The signing at the club.",
         "Pool Photo by Nora Vale/AP"),
        ("The dam in 1987.File photo by Ann Lee", "The dam in 1987.", "File photo by Ann Lee"),
        ("Batteries at the site near Falkirk.Supplied by Harbour Energy",
         "Batteries at the site near Falkirk.", "Supplied by Harbour Energy"),
        # a composite picture: one credit per part, kept whole
        ("Dancers at the parade in London.Left: Ivo Marsh/Reuters. Right: Ann Lee/PA",
         "Dancers at the parade in London.", "Left: Ivo Marsh/Reuters. Right: Ann Lee/PA"),
        ("The old pier and the new.Top: Harbour Archive; bottom: Nora Vale for The Courier",
         "The old pier and the new.", "Top: Harbour Archive; bottom: Nora Vale for The Courier"),
    ],
)  # fmt: skip
def test_pool_supplied_and_composite_credits(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Water supplied by the council to the village",
        "The mayor, left, and the chief, right: both were there",
        "The stand on the left. Right: the stand was rebuilt in 1990. Left: it was not",
    ],
)
def test_lowercase_supplied_and_worded_positions_keep_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a picture taken from a social post, credited to the account's handle
        ("Starlings over the old pier at dusk.Instagram/@coastwatcher",
         "Starlings over the old pier at dusk.", "Instagram/@coastwatcher"),
        ("A fox asleep on a garden shed in Leeds.Twitter/@jo.marsh",
         "A fox asleep on a garden shed in Leeds.", "Twitter/@jo.marsh"),
        ("Queues outside the bakery on Saturday.Facebook/@harbourbakes",
         "Queues outside the bakery on Saturday.", "Facebook/@harbourbakes"),
        # a by-line's holder named by what they are to the subject
        ("Ava, 6, with her first fish.Supplied by the family", "Ava, 6, with her first fish.",
         "Supplied by the family"),
        ("The couple on their wedding day in 1962.Photo by their daughter",
         "The couple on their wedding day in 1962.", "Photo by their daughter"),
        ("The crew after the rescue.Photograph by the Hartley family",
         "The crew after the rescue.", "Photograph by the Hartley family"),
    ],
)  # fmt: skip
def test_handles_and_holders_named_by_their_tie_to_the_subject(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Tickets were sold out within an hour @ the box office",
        "Water supplied by the family to the whole village",
        "A bench on the front.Photo by the sea at dusk",
        "Fans greet the band.Instagram posts by @coastwatcher went viral",
    ],
)
def test_handles_in_text_and_by_phrases_of_places_keep_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # the verb of the picture's making labels a by-line, kept whole as 'Photo by X' is
        ("The ferry leaves Lerwick at dawn.Photographed by Ines Varga",
         "The ferry leaves Lerwick at dawn.", "Photographed by Ines Varga"),
        ("A map of the old mill race.Illustrated by Tom Fenn/Desk Design",
         "A map of the old mill race.", "Illustrated by Tom Fenn/Desk Design"),
        ("Seals on the skerry at low tide. Filmed by Marta Kos",
         "Seals on the skerry at low tide.", "Filmed by Marta Kos"),
        # how a picture was taken, then the label in lower case: the label is dropped
        ("The quarry from the air.Drone image: Highfield Surveys",
         "The quarry from the air.", "Highfield Surveys"),
        ("Ice breaking up on the lake in March. Satellite image: Maxar Technologies",
         "Ice breaking up on the lake in March.", "Maxar Technologies"),
        ("The estate before the fire.Aerial photo: Harbour Board archive",
         "The estate before the fire.", "Harbour Board archive"),
        # a kind of picture named by any short noun phrase, before a colon or 'by'
        ("A fox at the bins after midnight.Trail camera picture: Ben Cole",
         "A fox at the bins after midnight.", "Ben Cole"),
        ("Stars wheel over the observatory.Long exposure photo: Ana Ruiz/Skyline",
         "Stars wheel over the observatory.", "Ana Ruiz/Skyline"),
        ("The crowd at the final whistle.Picture by Lena Ortiz",
         "The crowd at the final whistle.", "Picture by Lena Ortiz"),
        ("Otters at the weir.Night vision image by Harbour Wildlife Trust",
         "Otters at the weir.", "Night vision image by Harbour Wildlife Trust"),
    ],
)  # fmt: skip
def test_made_by_verbs_and_picture_kinds_label_a_credit(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The heron on the weir.Photographed by a drone over the lake",
        "The mill in 1910.Photographed by Ann Leigh in her first year",
        "Boats in the bay, photographed by Ines Varga",
        "The quarry from the air. Drone image: the pit is twice the size it was",
        "A storm over the bay. Her photo: a boat on the rocks",
        "The old pier at low tide.The photo: a gull on every post",
        "The pier in winter.Picture by the sea at dusk",
        "Snow on the moor.Trail camera picture: the fox comes back every night",
    ],
)
def test_lowercase_or_worded_made_by_phrases_keep_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a frame taken from film, or a sitter's picture, is a kind of picture: the label goes
        ("The ferry in the sound.Drone footage still: Ola Berg",
         "The ferry in the sound.", "Ola Berg"),
        ("A scene from the film. Video still: Harbour Pictures",
         "A scene from the film.", "Harbour Pictures"),
        ("The poet at home.Portrait: Ana Ruiz for the Review", "The poet at home.",
         "Ana Ruiz for the Review"),
        ("The new chair of the board. Portrait: Desk Studio/Acme",
         "The new chair of the board.", "Desk Studio/Acme"),
        # a shoot's roles before the picture's own credit stay with it, whole, labels kept
        ("A pie for a cold night.Food styling: Ada Reyes. Photo: Tom Fenn",
         "A pie for a cold night.", "Food styling: Ada Reyes. Photo: Tom Fenn"),
        ("A bride on the steps. Hair and make-up: Ann Lee. Photograph: Tom Fenn/Desk",
         "A bride on the steps.", "Hair and make-up: Ann Lee. Photograph: Tom Fenn/Desk"),
    ],
)  # fmt: skip
def test_stills_portraits_and_roles_before_the_label_credit_as_a_reader_reads(
    line, caption, credit
):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # who is shown is the caption's, not a role of the shoot
        ("The team in May.Pictured: Jane Doe. Photo: John Roe",
         "The team in May.Pictured: Jane Doe.", "John Roe"),
        # a role whose 'holder' is a sentence stays in the caption
        ("The salon.Hair: the owner cuts it herself. Photo: Tom Fenn",
         "The salon.Hair: the owner cuts it herself.", "Tom Fenn"),
    ],
)  # fmt: skip
def test_words_before_the_label_that_name_no_role_stay_in_the_caption(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The old house. His portrait: a man in a hat",
        "The studio at night.The still: a lamp left on",
    ],
)
def test_a_still_or_portrait_that_says_what_is_shown_keeps_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # the craft or the kind of the picture labels it: the label goes
        ("The harbour at dawn.Photography: Ada Reyes", "The harbour at dawn.", "Ada Reyes"),
        ("A post from the mayor. Screenshot: Acme Council/X",
         "A post from the mayor.", "Acme Council/X"),
        ("The mural before it was painted over.Artwork: Tom Fenn",
         "The mural before it was painted over.", "Tom Fenn"),
        # a view of a room or a place, after a capitalised word, is a kind of picture
        ("The first gallery, hung with prints.Installation view: Ola Berg",
         "The first gallery, hung with prints.", "Ola Berg"),
        ("The estate from above. Aerial view: Skyline Surveys",
         "The estate from above.", "Skyline Surveys"),
        # a lower-case holder after a label, what it is of a name
        ("A painting of the bay.Artwork: estate of Jane Doe",
         "A painting of the bay.", "estate of Jane Doe"),
        ("A vase from the tomb.Photo: collection of the Acme Museum",
         "A vase from the tomb.", "collection of the Acme Museum"),
        # a courtesy naming its holder after a determiner stays whole
        ("The painter in 1970.Courtesy the artist's estate and Acme Gallery",
         "The painter in 1970.", "Courtesy the artist's estate and Acme Gallery"),
        # a by-line, then the lender: whole
        ("The viaduct in snow.Photograph by Tom Fenn, courtesy of Acme Rail",
         "The viaduct in snow.", "Photograph by Tom Fenn, courtesy of Acme Rail"),
        ("The old mill.Photo by Ada Reyes, courtesy Harbour Archive",
         "The old mill.", "Photo by Ada Reyes, courtesy Harbour Archive"),
    ],
)  # fmt: skip
def test_crafts_views_lower_case_holders_and_lenders_credit_as_a_reader_reads(
    line, caption, credit
):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a view that says what is seen, and a lower-case tail that is no holder, stay
        "The house from the lane. Her view: a wall and a gate",
        "The hall in May.Artwork: painted by pupils over a term",
        # 'courtesy' inside the caption's own sentence, and a by-line ending in a sentence
        "Guests were shown round courtesy the owners, who live there.",
        "The dam.Photo by Ada Reyes, courtesy of the weather. It rained all day.",
    ],
)
def test_views_and_courtesies_that_say_what_is_shown_keep_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a picture library that goes by its website's name, in lower case, after the holder
        ("Terns diving off the spit in June.Mara Holt/coast-pictures.com",
         "Terns diving off the spit in June.", "Mara Holt/coast-pictures.com"),
        ("A hare boxing in a field of barley.Owen Pike/fieldlens.co.uk",
         "A hare boxing in a field of barley.", "Owen Pike/fieldlens.co.uk"),
        ("The lighthouse in a gale.Ines Varga / www.stormlight.net",
         "The lighthouse in a gale.", "Ines Varga / www.stormlight.net"),
        ("Frost on the weir at dawn.Tom Fenn, riverframes.org",
         "Frost on the weir at dawn.", "Tom Fenn, riverframes.org"),
    ],
)  # fmt: skip
def test_credits_ending_in_a_website_name_split(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # an address in the caption's own words, and a lower-case tail that is no holder
        "Tickets for the show are on sale now.Book at harbour-tickets.com",
        "The pier reopens in May, see pierwatch.org",
        "Swans on the mere.Jane Doe says the file.is lost",
        "The map is at www.acme.com/maps.",
    ],
)
def test_website_names_in_the_caption_keep_the_credit_null(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a lender in lower case after a label: the label goes, the courtesy's word stays
        ("Fans at the quay at 7am.Photo: courtesy Kestrel Live", "Fans at the quay at 7am.",
         "courtesy Kestrel Live"),
        ("The mill in 1910. Image: courtesy the Hale family", "The mill in 1910.",
         "courtesy the Hale family"),
        ("A map of the estuary.Picture: courtesy Tern Museum", "A map of the estuary.",
         "courtesy Tern Museum"),
        # the right a holder keeps, in lower case after a holder: 'Crown copyright'
        ("The gauge reads 4.1 metres.Rivers Office/Crown copyright", "The gauge reads 4.1 metres.",
         "Rivers Office/Crown copyright"),
        ("The weir at dawn.Ivo Marsh/Harbour Board copyright", "The weir at dawn.",
         "Ivo Marsh/Harbour Board copyright"),
    ],
)  # fmt: skip
def test_a_lender_after_a_label_and_a_copyright_after_a_holder_are_credits(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # a courtesy in the caption's words, and copyright as the caption's subject
        "Photo: courtesy calls at the embassy were cut short",
        "The band lost the case over copyright",
        "Campaigners outside the court in a row over copyright",
    ],
)
def test_courtesy_and_copyright_in_a_captions_words_do_not_split(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a photographer, then the lender after '; courtesy (of)' or ', courtesy': one credit
        ("Lungwort in a shady border.Clive Moss/Getty Images; courtesy Hale's Nursery",
         "Lungwort in a shady border.", "Clive Moss/Getty Images; courtesy Hale's Nursery"),
        ("The bowl before its restoration.Ann Lee/Alamy; courtesy of the Marsh Museum",
         "The bowl before its restoration.", "Ann Lee/Alamy; courtesy of the Marsh Museum"),
        ("The crew in 1962.Tom Reed/PA, courtesy Carrick Head Trust",
         "The crew in 1962.", "Tom Reed/PA, courtesy Carrick Head Trust"),
    ],
)  # fmt: skip
def test_a_credit_whose_lender_follows_after_a_courtesy_is_split_whole(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        # the lender's clause is no credit when either side is no holder
        "The mayor thanked the staff; courtesy Visits are rare",
        "Guests arrive at the gala.Ask the desk; courtesy Of course",
    ],
)  # fmt: skip
def test_a_courtesy_clause_after_words_of_the_caption_does_not_split(line):
    assert split_credit(ALT, line)[1] is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The weir in spate.PHOTO: MARA LINDQVIST", "The weir in spate.", "MARA LINDQVIST"),
        ("A tram at dusk.PHOTOGRAPH: Ivo Marsh/AFP", "A tram at dusk.", "Ivo Marsh/AFP"),
        ("The old quay.PICTURE: HARBOUR PRESS", "The old quay.", "HARBOUR PRESS"),
        ("Two of the crew.PHOTOS: Lena Marsh", "Two of the crew.", "Lena Marsh"),
    ],
)  # fmt: skip
def test_a_label_in_capitals_is_dropped_as_its_title_case_form_is(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


def test_a_caption_opening_with_a_label_in_capitals_keeps_it():
    line = "PHOTO: the old mill at dawn.Lena Marsh/AP"
    assert split_credit(ALT, line) == ("PHOTO: the old mill at dawn.", "Lena Marsh/AP")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The accused in the dock.Court sketch by Ann Lee/PA Wire", "The accused in the dock.",
         "Court sketch by Ann Lee/PA Wire"),
        ("The judge at the inquest.Sketch by Tess Orlan", "The judge at the inquest.",
         "Sketch by Tess Orlan"),
        ("The witness box.Court drawing by Ivo Marsh/AP", "The witness box.",
         "Court drawing by Ivo Marsh/AP"),
        ("The jury benches.Court sketch: Ann Lee", "The jury benches.", "Ann Lee"),
    ],
)  # fmt: skip
def test_a_sketch_or_drawing_credit_is_a_picture_s_credit(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


def test_a_sketch_in_the_caption_s_words_is_no_credit():
    line = "She made a sketch by the river at dusk"
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Sunset over the harbour wall.@jane.doe", "Sunset over the harbour wall.", "@jane.doe"),
        (
            "Would you guess she is 60?@kim_lee_photo",
            "Would you guess she is 60?",
            "@kim_lee_photo",
        ),
        ("The crowd at the gates. @harbourshots", "The crowd at the gates.", "@harbourshots"),
        ("Dancers on the quay (archive).@m.okafor", "Dancers on the quay (archive).", "@m.okafor"),
    ],
)
def test_a_handle_closing_the_caption_after_its_sentence_is_its_credit(line, caption, credit):
    """A photographer's account glued or spaced after the caption's last sentence."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Questions to the harbour office at info@harbour.org",
        "Follow the rebuild @harbourboard",
        "The board's account, @harbourboard, posted the plans.",
        "Dancers on the quay.@",
    ],
)
def test_an_address_or_a_handle_inside_the_caption_stays_in_it(line):
    """A mail address, a handle after a word, or one inside the sentence is the caption's."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Ice on the loch road at -9CMairi Dunn/PA Wire", "Ice on the loch road at -9C",
         "Mairi Dunn/PA Wire"),
        ("The dunes reached 47°CKarim Sayed/AFP via Getty Images", "The dunes reached 47°C",
         "Karim Sayed/AFP via Getty Images"),
        ("Heat on the plains at 104FDale Ruiz/AP", "Heat on the plains at 104F", "Dale Ruiz/AP"),
        ("Turbines of 15MWIngrid Holm/NTB", "Turbines of 15MW", "Ingrid Holm/NTB"),
        ("A rooftop array of 6kWTomás Ferro/EFE", "A rooftop array of 6kW", "Tomás Ferro/EFE"),
        ("Prices up 12%Priya Nair/Reuters", "Prices up 12%", "Priya Nair/Reuters"),
        ("The swim covers 3.8kmLukas Brandt/dpa", "The swim covers 3.8km", "Lukas Brandt/dpa"),
        ("Frost on the vines at -4CPA Wire", "Frost on the vines at -4C", "PA Wire"),
    ],
)  # fmt: skip
def test_a_unit_glued_to_a_figure_stays_with_the_caption(line, caption, credit):
    """A unit symbol ending in a capital or a mark closes the caption: '-9CMairi Dunn/PA'."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Ice on the loch road at -9C",
        "A 12V battery in the van",
        "The new 5GB plan costs less",
        "Heat on the plains at 104F, the hottest day since 1936",
    ],
)
def test_a_caption_ending_in_a_unit_without_a_credit_keeps_it_null(line):
    """A unit with nothing glued after it, or words of the caption after it, is no credit."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The bakery window, 1962.Family archive", "The bakery window, 1962.", "Family archive"),
        ("Grandad on the tractor in 1955.Okafor family archive",
         "Grandad on the tractor in 1955.", "Okafor family archive"),
        ("The flood of 1953.Ivo Marsh/Harbour Museum archive", "The flood of 1953.",
         "Ivo Marsh/Harbour Museum archive"),
        ("Le quai en 1948.Fonds Dupont archive", "Le quai en 1948.",
         "Fonds Dupont archive"),
        ("The first shop, 1931.Lindqvist family archive, file", "The first shop, 1931.",
         "Lindqvist family archive, file"),
    ],
)  # fmt: skip
def test_a_holder_s_archive_glued_on_is_the_credit(line, caption, credit):
    """A holder and 'archive', a family's in lower case between: 'Okafor family archive'."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Her letters are kept in the county archive",
        "The shop in 1962.Now in the Hale archive",
        "A letter of 1940.From the family archive",
        "The ledger, 1901.Kept in a family archive",
        "A page of the ledger.family archive",
    ],
)
def test_a_sentence_ending_in_archive_keeps_the_credit_null(line):
    """'archive' closing the caption's own words, or a family's without a name, is no credit."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Der Bahnhof am Morgen.Bild: zvg", "Der Bahnhof am Morgen.", "zvg"),
        ("Die Werkstatt in Chur.Foto: privat", "Die Werkstatt in Chur.", "privat"),
        ("The new ward on its first day.Photo: supplied", "The new ward on its first day.",
         "supplied"),
        ("Le marché couvert.Photo: dr", "Le marché couvert.", "dr"),
    ],
)  # fmt: skip
def test_one_lower_case_word_after_a_label_is_the_credit(line, caption, credit):
    """A label's holder written small, one word: 'Bild: zvg', 'Foto: privat'."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Der Bahnhof am Morgen.Bild: zvg und mehr davon",
        "Die Werkstatt in Chur.Note: privat",
        "A quiet ward.photo: supplied",
    ],
)
def test_lower_case_words_without_a_label_or_more_than_one_stay(line):
    """More than one lower-case word, or no label, is the caption's own text."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Rice fields near Andong.Kim Min-jae/Yonhap via AP", "Rice fields near Andong.",
         "Kim Min-jae/Yonhap via AP"),
        ("A market in Busan.Lee Seo-yeon/Newsis", "A market in Busan.",
         "Lee Seo-yeon/Newsis"),
        ("Floods in the valley.@valley_drone via Instagram", "Floods in the valley.",
         "@valley_drone via Instagram"),
        ("A rainbow over the bay.@kim.lee via Threads", "A rainbow over the bay.",
         "@kim.lee via Threads"),
        ("Snow on the pass.Jan Novak/CTK via Reuters", "Snow on the pass.",
         "Jan Novak/CTK via Reuters"),
    ],
)  # fmt: skip
def test_credits_with_syllable_names_and_via_a_platform_are_split(line, caption, credit):
    """Hyphenated given names ('Min-jae') and 'via X' after a handle close a credit."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "A poster for the photo-illustration show.Photo-illustration",
        "Write to us at help@acme.org via email",
        "The path goes on.@ the end via Main Street",
    ],
)
def test_hyphenated_words_and_addresses_stay_in_the_caption(line):
    """A hyphenated word with a long tail, an address, a loose '@' are no credit."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Gov. Alden Marchetti IIIR. K. Osei-Brandt for The Ridgefield Courier",
         "Gov. Alden Marchetti III", "R. K. Osei-Brandt for The Ridgefield Courier"),
        ("Pitcher Colm Dewhurst IVA. M. Lindqvist / AP", "Pitcher Colm Dewhurst IV",
         "A. M. Lindqvist / AP"),
        ("Bishop Ewart Calloway IIS. T. J. Merriweather, Associated Press",
         "Bishop Ewart Calloway II", "S. T. J. Merriweather, Associated Press"),
        ("The mill at dawn.D. L. Fairbairn / Reuters", "The mill at dawn.",
         "D. L. Fairbairn / Reuters"),
    ],
)  # fmt: skip
def test_credits_opening_on_a_run_of_spaced_initials_are_split(line, caption, credit):
    """A credit opening on two or more spaced initials ('R. K. Name') after a name suffix or a
    sentence: each initial is one, not a sentence's end."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Fans wait outside the stadium. A. B. C. Then the gates open",
        "The choir sings at St. Brendan's. Mr. J. Holt conducts them on the night",
    ],
)
def test_sentences_after_initials_keep_the_caption_whole(line):
    """Text after a run of initials that holds a sentence's end is no credit."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Her grandson is Tobias Wrenfield IIICourtesy of the Wrenfield family",
         "Her grandson is Tobias Wrenfield III", "Courtesy of the Wrenfield family"),
        ("Mayor Dorian Ashcombe IIPhoto by Kelsey Marrow", "Mayor Dorian Ashcombe II",
         "Photo by Kelsey Marrow"),
        ("Pitcher Leon Abara IVPhotograph courtesy of the Abara family", "Pitcher Leon Abara IV",
         "Photograph courtesy of the Abara family"),
        ("Judge Ora Pikesley IIIPhoto: Lars Mindel/Reuters", "Judge Ora Pikesley III",
         "Lars Mindel/Reuters"),
    ],
)  # fmt: skip
def test_a_name_suffix_closes_the_caption_before_any_credit_marker(line, caption, credit):
    """A roman suffix in capitals ends the name, so a courtesy, by-line or label marker glued on
    opens the credit as it does after a small letter."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Veterans of WWIIPhoto by the sea wall",
        "Ships of the WWIICourtesy of the museum",
    ],
)
def test_a_capitals_word_ending_in_roman_letters_is_no_suffix(line):
    """'WWII' is a word of its own, not a name's suffix: nothing glued to it is split off."""
    assert split_credit("", line) == (line, None)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Nurses march to the offices of the NHSPhotograph: Tamsin Orrell/PA",
         "Nurses march to the offices of the NHS", "Tamsin Orrell/PA"),
        ("A rally outside the headquarters of the ACLUGetty Images",
         "A rally outside the headquarters of the ACLU", "Getty Images"),
        ("The new rail cars ordered by the SEPTABrenna Coyle / AP",
         "The new rail cars ordered by the SEPTA", "Brenna Coyle / AP"),
        ("Wind turbines tested for NASAPhoto: Ilse Varga/Reuters",
         "Wind turbines tested for NASA", "Ilse Varga/Reuters"),
    ],
)  # fmt: skip
def test_an_acronym_closes_the_caption_before_a_strong_credit(line, caption, credit):
    """A word of capitals ends the caption as a roman suffix does, so a strong credit glued on,
    or a label over one, opens the credit."""
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Talks at the UNPhoto: the delegates",
        "Staff of the NHSJane Doe",
        "Visitors at the McDONALDSmith farm",
    ],
)
def test_an_acronym_before_a_weak_tail_keeps_the_caption_whole(line):
    """After an acronym only a strong credit (a slash, an agency) is split off."""
    assert split_credit("", line) == (line, None)
