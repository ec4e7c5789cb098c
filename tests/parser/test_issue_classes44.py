"""Issue 15's subheading and credit classes, audited with made-up cases of forms the stress
batches may not hold (heads44): every case was written before the parser ran on it."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.exports import class_cases, heads_of

# --- Subheadings: each case is an article's blocks and the heads a reader finds in it. -------

NUMBERED = [
    # a renovation listicle, '1.' items
    (["Most people who buy an old house underestimate what it will cost them, and by how much.",
      "1. Get a full structural survey",
      "A basic valuation will not tell you about damp, subsidence or a roof that is about to go. "
      "Pay for the full survey, even if the seller has one of their own.",
      "2. Budget for the things you cannot see",
      "Wiring and plumbing in houses of this age are rarely up to standard. Set aside a fifth of "
      "the budget for what you find once the floorboards come up.",
      "3. Live in it before you change it",
      "A year in the house will tell you where the light falls and which rooms you actually use."],
     ["1. Get a full structural survey", "2. Budget for the things you cannot see",
      "3. Live in it before you change it"]),
    # a car column, '1)' items
    (["Before a long drive this summer, a garage owner in Swindon ran through her checks.",
      "1) Tyres",
      "Check the pressure when they are cold, and look at the tread across the whole width, not "
      "only the middle. Uneven wear usually means the tracking is out.",
      "2) Oil and coolant",
      "Both should sit between the marks on the dipstick or the tank. Top up with the grade in "
      "the handbook, not whatever is on offer at the services.",
      "3) Wipers and washer fluid",
      "Summer storms come quickly, and a smeared windscreen at dusk is more dangerous than most "
      "drivers think."],
     ["1) Tyres", "2) Oil and coolant", "3) Wipers and washer fluid"]),
    # a city guide, '#1' items
    (["Our readers voted for their favourite walks in Bristol, and the results surprised us.",
      "#1 The harbourside loop",
      "Flat, short and full of things to look at, from the old cranes to the floating cafes. It "
      "takes about an hour if you do not stop, and nobody manages not to stop.",
      "#2 Up to Cabot Tower",
      "A steep climb through Brandon Hill rewards you with the best view in the city, and on a "
      "clear day you can see the hills of Wales.",
      "#3 The Downs at sunset",
      "Bring a picnic and watch the light go down over the gorge and the bridge."],
     ["#1 The harbourside loop", "#2 Up to Cabot Tower", "#3 The Downs at sunset"]),
    # a countdown with 'No.' and an en dash
    (["Ten years after the first one opened, we ranked the town's coffee shops again.",
      "No. 3 – The Lantern Rooms",
      "The beans are roasted in a shed behind the shop, and the owner will tell you about each "
      "of them whether you ask or not. The flat white is the best in town.",
      "No. 2 – Pilgrim Coffee",
      "Tiny, loud and always full. Get there before nine or be prepared to stand.",
      "No. 1 – Marigold",
      "It does everything well, and the cinnamon buns sell out by eleven most mornings."],
     ["No. 3 – The Lantern Rooms", "No. 2 – Pilgrim Coffee", "No. 1 – Marigold"]),
    # moving tips, 'Tip N:' items
    (["Moving house is one of the most stressful things most of us do. It need not be.",
      "Tip 1: Label every box on two sides",
      "Write the room and a short list of what is inside. The removal crew will thank you, and "
      "so will you at midnight when you are looking for the kettle.",
      "Tip 2: Pack a first-night bag",
      "Toothbrushes, phone chargers, a change of clothes, toilet roll and something to eat.",
      "Tip 3: Read the meters",
      "Take a photo of each on the day you leave and the day you arrive, so that nobody bills "
      "you for what the last owner used."],
     ["Tip 1: Label every box on two sides", "Tip 2: Pack a first-night bag",
      "Tip 3: Read the meters"]),
    # a zero-padded feature list with a slash
    (["The architects behind the new library explain the ideas that shaped it.",
      "01 / Start with the roof",
      "The building is one big sheltering roof, and everything else hangs from it. That made "
      "the structure simple and the rooms under it free to change.",
      "02 / Let the light in from the north",
      "Books fade in direct sun. North light is even and soft, and it never glares on a screen.",
      "03 / Make the stairs a place to sit",
      "The wide timber steps in the middle are the most popular seats in the building."],
     ["01 / Start with the roof", "02 / Let the light in from the north",
      "03 / Make the stairs a place to sit"]),
    # a bare number then the head, no mark
    (["Which seaside towns have changed most since the pandemic? We sent a writer to find out.",
      "1 Margate",
      "The galleries came first, then the restaurants, and now the rents. Locals are torn "
      "between pride in what the town has become and worry about who can still afford it.",
      "2 Folkestone",
      "The harbour arm has turned a dead end of the town into its busiest quarter on a summer "
      "weekend, with food stalls and a bar in the old lighthouse.",
      "3 Hastings",
      "Still rough at the edges, and most of the people we met would like it to stay that way."],
     ["1 Margate", "2 Folkestone", "3 Hastings"]),
    # heads with a spelled-out number
    (["Learning a language as an adult is slow, but it is not as hard as school made it seem.",
      "One: Learn the words you will actually use",
      "Start with the hundred words you say most often in your own language, and learn those "
      "first. Grammar can wait a few weeks.",
      "Two: Speak before you are ready",
      "Nobody minds mistakes except you. Find a conversation class and say something every week.",
      "Three: Listen while you do something else",
      "Podcasts on the commute add up to hours a month without any extra effort."],
     ["One: Learn the words you will actually use", "Two: Speak before you are ready",
      "Three: Listen while you do something else"]),
]  # fmt: skip

LONG_SENTENCE_CASE = [
    (["The ferry that links the island to the mainland has changed its timetable four times this "
      "year, and islanders say they can no longer plan their lives around it.",
      "Why the timetable keeps changing every winter",
      "The operator blames a shortage of crew and an ageing fleet. Two of its three boats are "
      "more than thirty years old and spend weeks each year in dry dock.",
      "What islanders want the operator to do next",
      "A residents' group has asked for a fixed winter timetable published in September, and "
      "for a spare boat to be chartered when one of the old ones breaks down."],
     ["Why the timetable keeps changing every winter",
      "What islanders want the operator to do next"]),
    (["When the supermarkets arrived on the edge of town, most of the high street's bakers closed "
      "within five years. One did not.",
      "How a family bakery outlasted three supermarket chains",
      "The answer, says the owner's daughter, is that they never tried to compete on price. "
      "They sell bread that the supermarkets cannot make, and charge for it.",
      "The early mornings that nobody sees",
      "The ovens are lit at three. By the time the shop opens at seven, the first batch of the "
      "day has long gone to the cafes and the hotel up the hill."],
     ["How a family bakery outlasted three supermarket chains",
      "The early mornings that nobody sees"]),
    (["Regional airports have cut their fees to win back airlines since the pandemic, and some "
      "of them are now losing money on every flight.",
      "The hidden cost of cheap flights for the airports that host them",
      "A typical small airport needs about a million passengers a year to break even, analysts "
      "say. Few of them reach that figure without a subsidy from the council.",
      "Councils that can no longer afford to keep their runways open",
      "Two airports in the north have been put up for sale this year, and one has been "
      "offered to a housebuilder."],
     ["The hidden cost of cheap flights for the airports that host them",
      "Councils that can no longer afford to keep their runways open"]),
    (["The new planning rules came into force on Monday. Here is what they change for people who "
      "rent, and what they leave as it was.",
      "What the new rules mean for tenants in the private sector",
      "Landlords must now register every property with the council, and the register will be "
      "open for anyone to search from next spring.",
      "What they do not change about rent rises",
      "There is still no cap on what a landlord can charge when a tenancy ends, despite a "
      "campaign by tenants' unions that ran for most of last year."],
     ["What the new rules mean for tenants in the private sector",
      "What they do not change about rent rises"]),
    (["The drought that began three summers ago has left the county's main reservoir at its "
      "lowest level since it was built in the 1960s.",
      "Three dry summers and a reservoir at a fifth of its capacity",
      "Engineers say the water company could have done more to fix leaks, which lose about a "
      "quarter of the water it treats before it reaches a tap.",
      "After the hosepipe ban, a plan for a second reservoir",
      "The company wants to flood a valley to the west of the town, and farmers there have "
      "already begun a campaign against it."],
     ["Three dry summers and a reservoir at a fifth of its capacity",
      "After the hosepipe ban, a plan for a second reservoir"]),
    (["Mariam Adeyinka was thirty when she left a job in banking to build robots in her garage. "
      "Ten years later her company employs two hundred people.",
      "Mariam Adeyinka built the first prototype from parts of an old lawnmower",
      "It could climb a step and not much else, she says, but it was enough to win a small "
      "grant from the university where she had studied.",
      "Her robots now inspect pipes under half the cities in Europe",
      "They crawl through sewers and gas mains looking for cracks, and send back pictures that "
      "engineers once had to dig up a road to see."],
     ["Mariam Adeyinka built the first prototype from parts of an old lawnmower",
      "Her robots now inspect pipes under half the cities in Europe"]),
    (["For most of the last century, the mill was the only employer in the valley. It closed in "
      "1982, and the village has been looking for a new purpose ever since.",
      "A mill town that lost its mill and found a festival",
      "The first folk festival was held in the empty weaving shed in 1991, with four bands and "
      "a tea tent. This year it sold thirty thousand tickets.",
      "Where the money goes once the crowds have left the valley",
      "The festival's trust has paid for a new roof on the school and a minibus for the "
      "village's older residents."],
     ["A mill town that lost its mill and found a festival",
      "Where the money goes once the crowds have left the valley"]),
]  # fmt: skip

FULL_SENTENCE = [
    (["The council's plan to pedestrianise the town centre was meant to bring shoppers back. For "
      "a while, it did exactly that.",
      "The plan worked. Then the money ran out.",
      "The grant that paid for the new paving and benches covered only two years of upkeep. "
      "By the third, the planters were full of weeds and the fountain had been switched off.",
      "Traders want the cars back.",
      "A petition signed by forty shop owners asks the council to reopen the main street to "
      "traffic on weekdays, and the council will debate it next month."],
     ["The plan worked. Then the money ran out.", "Traders want the cars back."]),
    (["The branch line to the coast closed in 1964 under the Beeching cuts, and the track was "
      "lifted the following year. The village did not forget.",
      "The station closed. The village never forgot.",
      "A group of volunteers bought the old station building in 1990 and turned it into a "
      "museum, and for thirty years they have campaigned for the line to reopen.",
      "Now the trains may come back.",
      "The transport department has put the line on a shortlist of ten to be studied, and a "
      "decision is expected before the end of the year."],
     ["The station closed. The village never forgot.", "Now the trains may come back."]),
    (["Nobody in the club expected the vote on the merger to be close. It was decided by a "
      "single ballot, cast by a member who had joined the week before.",
      "Nobody expected the vote to be close.",
      "The committee had sent a letter to every member urging them to back the merger, and most "
      "of the club's older players had said in public that they would.",
      "One new member changed everything.",
      "She says she read the papers for the first time on the night before the meeting, and "
      "did not like what she found in the accounts."],
     ["Nobody expected the vote to be close.", "One new member changed everything."]),
    (["When the storm hit on Sunday night, the harbour wall held for three hours before a section "
      "near the lifeboat station gave way.",
      "The wall held. The boats did not.",
      "Eleven boats were sunk or thrown against the quay, and two of the fishing crews say they "
      "will not be able to work again this season.",
      "Repairs will take a year.",
      "Engineers from the county council began a survey on Tuesday, and say the wall will need "
      "to be rebuilt along sixty metres of its length."],
     ["The wall held. The boats did not.", "Repairs will take a year."]),
    (["Rents in the city have risen by a third in three years. Wages have not kept up, and more "
      "young people are moving back in with their parents.",
      "Rents rose. Wages stood still.",
      "The average worker in the city now spends almost half of their take-home pay on rent, "
      "according to figures published by a housing charity this week.",
      "Some are leaving for good.",
      "The charity's survey found that one in five renters under thirty plans to leave the city "
      "within two years, most of them for smaller towns within commuting distance."],
     ["Rents rose. Wages stood still.", "Some are leaving for good."]),
    (["The school's choir had never sung outside the county until a teacher entered them for a "
      "national competition as a joke.",
      "They entered as a joke. They came home as champions.",
      "Forty children aged nine to eleven sang three songs in front of an audience of two "
      "thousand, and the judges gave them the top mark in every round.",
      "The hard part starts now.",
      "They have been invited to sing at a festival in Vienna next summer, and the school has "
      "to raise twelve thousand pounds to get them there."],
     ["They entered as a joke. They came home as champions.", "The hard part starts now."]),
]  # fmt: skip

QUOTED = [
    (["Tenants in three tower blocks say they were not told that the cladding on their homes had "
      "failed a fire test two years ago.",
      '"We were never told"',
      "Residents found out from a letter sent to the wrong flat, said one tenant, who has lived "
      "in the block for eleven years. The landlord says it is reviewing what went wrong.",
      '"Nobody has said sorry"',
      "A meeting with the landlord's chief executive was called off at an hour's notice last "
      "week, and tenants say they are still waiting for a new date."],
     ['"We were never told"', '"Nobody has said sorry"']),
    (["Patients who waited more than a year for a hip operation told us what the wait had cost "
      "them, in work, in sleep and in their families.",
      "“I just wanted to walk my dog again”",
      "Malcolm, 71, from Derby, waited fourteen months. By the end he could not reach the end of "
      "his street, and his daughter had to move back home to help him.",
      "“My job went before my hip did”",
      "Sunita, 52, a delivery driver, was signed off sick after six months and let go after nine. "
      "She had the operation in the end, and is now looking for work."],
     ["“I just wanted to walk my dog again”", "“My job went before my hip did”"]),
    (["The party's leader gave her first long interview since the election on Sunday. Here are "
      "the three things she wanted voters to hear.",
      "‘A question of trust’",
      "She said the party had lost because voters did not believe its sums, and that it must "
      "publish its costings a year before the next election, not a month.",
      "‘We will not go back to the old ways’",
      "She ruled out a return to the spending plans of the last manifesto, which she said had "
      "been drawn up in a hurry."],
     ["‘A question of trust’", "‘We will not go back to the old ways’"]),
    (["Four years after the pit closed, we went back to the village to ask people how life had "
      "changed, and what they thought would come next.",
      '"It felt like a betrayal."',
      "Most of the men we spoke to had worked underground for more than twenty years. They were "
      "offered retraining in skills for which there were no jobs within forty miles.",
      '"The young ones have all gone."',
      "The primary school has lost a third of its pupils since the closure, and the last bus to "
      "the city now leaves at six in the evening."],
     ['"It felt like a betrayal."', '"The young ones have all gone."']),
    (["The bridge was meant to open in the spring. It is still a row of concrete piers standing in "
      "the river, and nobody will say when it will be finished.",
      "“Who is going to pay for it?”",
      "The contractor went into administration in March, and the council says it cannot afford "
      "the extra cost of finishing the work without help from the government.",
      "“We have been here before”",
      "It is the second time in a decade that a major project in the city has stalled, after a "
      "tram line that was cancelled in 2017 with half its track laid."],
     ["“Who is going to pay for it?”", "“We have been here before”"]),
    (["Nurses on the night shift at the hospital told us about the hours nobody else sees.",
      "'You learn to eat standing up'",
      "Breaks are taken when there is a gap, and on a busy night there is not one. Most of the "
      "nurses we spoke to said they had not sat down for a meal in months.",
      "'The quiet is the worst part'",
      "Between three and five in the morning the ward goes still, and that, they say, is when "
      "the tiredness comes."],
     ["'You learn to eat standing up'", "'The quiet is the worst part'"]),
    (["Three first-time buyers tell us how they got on the ladder in one of the dearest towns in "
      "the country.",
      '"Living with my parents until 34": Priya\'s story',
      "She saved for nine years while working as a pharmacist, and bought a two-bedroom flat "
      "with a deposit of a little over forty thousand pounds.",
      '"We bought with two friends": Tom\'s story',
      "Three of them share the mortgage and the house, and a lawyer drew up an agreement about "
      "what happens if one of them wants to leave."],
     ['"Living with my parents until 34": Priya\'s story',
      '"We bought with two friends": Tom\'s story']),
]  # fmt: skip

QUESTION_HEADS = [
    (["The government's new childcare scheme opens for applications on Monday. We answer the "
      "questions readers have sent us about it.",
      "Who is eligible?",
      "Working parents of children aged between nine months and three years, as long as each "
      "parent earns at least the minimum wage for sixteen hours a week.",
      "How do I apply?",
      "Through the government's childcare website, where you will be given a code to pass to "
      "your nursery or childminder.",
      "What if my nursery will not take the code?",
      "Some nurseries have said the funding does not cover their costs. You can look for "
      "another provider, or ask the council for a list of those that take part."],
     ["Who is eligible?", "How do I apply?", "What if my nursery will not take the code?"]),
    (["Our housing expert answers a reader's questions about a landlord who will not deal with "
      "damp in a rented flat.",
      "What happens if the council refuses to inspect the damp in my flat?",
      "You can complain to the ombudsman once you have been through the council's own "
      "complaints process, which should take no more than eight weeks.",
      "Can my landlord evict me for complaining about the damp?",
      "Not lawfully, if you have asked for a repair in writing and the council has served a "
      "notice on the landlord. Keep copies of every letter and email."],
     ["What happens if the council refuses to inspect the damp in my flat?",
      "Can my landlord evict me for complaining about the damp?"]),
    (["The river has been given bathing water status for the first time. Here is what that means "
      "for swimmers this summer.",
      "Is it safe to swim?",
      "Tests are taken every week from May to September, and the results are posted on signs at "
      "the main swimming spots. After heavy rain, the water is usually worse for two days.",
      "Why is the water dirty after rain?",
      "Storm overflows release untreated sewage into the river when the treatment works cannot "
      "cope with the volume of water."],
     ["Is it safe to swim?", "Why is the water dirty after rain?"]),
    (["Inflation fell to 2.1 per cent last month, its lowest level in three years, but prices in "
      "the shops are still much higher than they were.",
      "Why did prices rise so fast in the first place?",
      "Energy costs soared after the invasion of Ukraine, and food producers passed on the cost "
      "of fuel, fertiliser and wages to shoppers.",
      "So what now?",
      "The Bank of England is expected to cut interest rates again in the spring, economists "
      "say, though not by as much as borrowers would like."],
     ["Why did prices rise so fast in the first place?", "So what now?"]),
    (["A reader asks our gardening columnist about a hedge that has gone brown in patches.",
      "Should I cut it back?",
      "Not yet. Wait until new growth shows in the spring, then cut back to just above the "
      "green. Brown patches in conifers rarely grow back.",
      "Could it be a pest?",
      "Look for small grey insects on the underside of the shoots. If you find them, a hard "
      "spray of water will knock most of them off."],
     ["Should I cut it back?", "Could it be a pest?"]),
    (["The new tram line opens on Saturday after four years of building work and two delays.",
      "Where does it go?",
      "From the railway station through the city centre to the hospital and the university, "
      "with twelve stops along the way.",
      "How much will it cost to ride?",
      "A single fare is two pounds, and the city's day ticket covers buses and trams alike.",
      "When will the second line open?",
      "The council says 2029, though it said the first line would open in 2024."],
     ["Where does it go?", "How much will it cost to ride?", "When will the second line open?"]),
]  # fmt: skip

RHETORICAL = [
    (["For twenty years the shop on the corner sold newspapers, sweets and lottery tickets to "
      "the same few hundred people who lived on the estate.",
      "Who could blame them for wanting more?",
      "When the owners retired, their son turned it into a cafe with a bookshelf and a table for "
      "the knitting group that meets on Thursdays. It has been full ever since.",
      "He says he only wanted to give people somewhere to sit."],
     []),
    (["The inquiry heard that the warning was sent to three managers on the Friday afternoon, "
      "and that none of them opened it until Monday.",
      "What else could they have done?",
      "A lawyer for the families said the answer was in the company's own safety manual, which "
      "required any warning of that kind to be read within an hour.",
      "The inquiry continues on Tuesday."],
     []),
    (["My grandmother kept every letter she was ever sent, tied in bundles with string and "
      "stored in shoeboxes under the spare bed.",
      "Why would anyone keep so much?",
      "I asked her once, and she said that a letter was a piece of a person you could hold. I "
      "did not understand what she meant until the boxes came to me.",
      "There were more than four thousand of them."],
     []),
    (["The club finished the season with the smallest budget in the league and the third-best "
      "defence. Their manager was offered a new contract in April.",
      "And the cost?",
      "Two of their best players will leave in the summer, and the board has said there is no "
      "money to replace them with anyone of the same standard.",
      "Supporters are already worried about next season."],
     []),
    (["The minister told MPs that the scheme had been a success, pointing to the number of homes "
      "that had been fitted with heat pumps since it began.",
      "But a success for whom?",
      "Installers say the grants were too small to cover the work in older homes, and most of "
      "the money went to new builds that would have had heat pumps anyway.",
      "The scheme closes to new applications in March."],
     []),
    (["Rescue teams searched the hillside through the night, and found the walkers at first "
      "light, cold and hungry but unhurt.",
      "How had they lasted so long?",
      "One of them had packed a foil blanket and a flask of soup, and the pair had sheltered "
      "behind a wall until the wind dropped.",
      "Both were taken to hospital as a precaution and released the same day."],
     []),
    (["The festival sold out in an hour, and tickets appeared on resale sites at five times their "
      "price before the organisers had sent out the confirmation emails.",
      "Sound familiar?",
      "It is the third year running that fans have complained about the same thing, and the "
      "organisers have promised, again, to do something about it.",
      "This year they say they mean it."],
     []),
]  # fmt: skip

DATELINES = [
    (["KYIV, Ukraine —",
      "Air raid sirens sounded across the capital on Tuesday morning as the military said it had "
      "shot down most of a wave of drones launched overnight.",
      "Officials said two people were hurt by falling debris in the city's eastern districts.",
      "The attack came hours after talks on a ceasefire broke up without agreement."],
     []),
    (["WASHINGTON",
      "The Senate passed a stopgap spending bill late on Thursday, averting a government "
      "shutdown with less than an hour to spare.",
      "The bill keeps the government funded until the middle of March.",
      "It now goes to the House, which is expected to vote on Friday."],
     []),
    (["BRUSSELS, March 3 (AFP)",
      "European Union ministers agreed on Monday to extend sanctions for another six months, "
      "after a night of talks that ran into the early hours.",
      "Two member states had threatened to block the extension.",
      "They dropped their objections in exchange for a review of the rules in the autumn."],
     []),
    (["SYDNEY, Australia (AP) —",
      "Firefighters battled more than sixty bushfires across New South Wales on Saturday as "
      "temperatures climbed above forty degrees in the west of the state.",
      "Several towns were told to evacuate before nightfall.",
      "No deaths had been reported by Saturday evening."],
     []),
    (["Nairobi, Kenya",
      "Kenya's central bank held its main interest rate on Wednesday, saying inflation was "
      "within its target range for a sixth month in a row.",
      "The shilling has been steady against the dollar since the start of the year.",
      "Economists had expected the decision."],
     []),
    (["OTTAWA, Ont. (CP) –",
      "The federal government will spend more on rail links to northern communities, the "
      "transport minister said on Tuesday.",
      "The plan includes a study of a line to the Arctic coast.",
      "Opposition parties said the money was too little and too late."],
     []),
]  # fmt: skip

AP_ONE_SENTENCE = [
    (["A jury on Friday found a former county treasurer guilty of stealing more than $2 million "
      "from the county's pension fund over a decade.",
      "The verdict came after two days of deliberations.",
      "She faces up to 20 years in prison.",
      "Her lawyer said she would appeal.",
      "Sentencing is set for June 12."],
     []),
    (["The city's water main burst just after 6 a.m. on Tuesday, flooding three blocks of "
      "downtown and cutting service to about 4,000 homes.",
      "No one was hurt.",
      "Crews had the leak under control by noon.",
      "Residents were told to boil their water until further notice.",
      "The cause is under investigation."],
     []),
    (["Voters in the district rejected a proposal on Tuesday to raise the sales tax by half a "
      "cent to pay for a new high school.",
      "The vote was 5,210 to 4,887.",
      "It was the third time the measure had failed.",
      "School board members said they would meet next week to discuss what to do next.",
      "Enrollment has grown by 30 percent since 2015."],
     []),
    (["A small plane crashed into a field near the regional airport on Sunday afternoon, "
      "officials said.",
      "The pilot walked away.",
      "He was the only person on board.",
      "The Federal Aviation Administration will investigate.",
      "The airport reopened about two hours later."],
     []),
    (["The state's unemployment rate fell to 3.4% in April, the lowest level since the labor "
      "department began keeping records in 1976.",
      "It was 3.7% in March.",
      "Employers added 12,000 jobs.",
      "Most were in health care and construction.",
      "The national rate was 3.9%."],
     []),
    (["The zoo's oldest elephant, a 61-year-old female named Tamsin, died on Wednesday, keepers "
      "said.",
      "She had been ill for several weeks.",
      "Tamsin came to the zoo in 1968.",
      "Visitors left flowers at the gate on Thursday morning.",
      "The zoo will hold a memorial in May.",
      "It has two elephants left."],
     []),
]  # fmt: skip

HEAD_CLASSES = {
    "numbered": NUMBERED,
    "long sentence case": LONG_SENTENCE_CASE,
    "full sentence": FULL_SENTENCE,
    "quoted": QUOTED,
    "question": QUESTION_HEADS,
    "rhetorical question (negative)": RHETORICAL,
    "dateline (negative)": DATELINES,
    "AP one-sentence paragraphs (negative)": AP_ONE_SENTENCE,
}

# --- Credits: each case is a caption line as exported and the reader's split. ----------------

AGENCY_SLASH_FILE = [
    ("Firefighters tackle a blaze in the hills above Ventura on Tuesday.Marco Hale / Reuters file",
     "Firefighters tackle a blaze in the hills above Ventura on Tuesday.",
     "Marco Hale / Reuters file"),
    ("Commuters crowd a platform in Manila during a transit strike.Lia Santos / AP File",
     "Commuters crowd a platform in Manila during a transit strike.", "Lia Santos / AP File"),
    ("The finance minister arrives for talks in Athens.Nikos Varga / EPA-EFE",
     "The finance minister arrives for talks in Athens.", "Nikos Varga / EPA-EFE"),
    ("Flowers are left outside the school gates on Friday.Owen Pryce / PA Wire",
     "Flowers are left outside the school gates on Friday.", "Owen Pryce / PA Wire"),
    ("Surfers wait for a set at Bondi Beach.Dean Corrigan / AAP Image",
     "Surfers wait for a set at Bondi Beach.", "Dean Corrigan / AAP Image"),
    ("A snowplough clears a road near Banff, Alta.Shaun Kildare / The Canadian Press via AP",
     "A snowplough clears a road near Banff, Alta.", "Shaun Kildare / The Canadian Press via AP"),
    ("Traders on the floor of the exchange in Tokyo.Kenji Arai / Bloomberg via Getty Images file",
     "Traders on the floor of the exchange in Tokyo.",
     "Kenji Arai / Bloomberg via Getty Images file"),
    ("Protesters march towards parliament in Dakar.Aissatou Ba / AFP file",
     "Protesters march towards parliament in Dakar.", "Aissatou Ba / AFP file"),
]  # fmt: skip

ABBREVIATION_END = [
    ("Shoppers queue outside a store of the largest pharmacy chain in the U.S.Jane Doe / AP",
     "Shoppers queue outside a store of the largest pharmacy chain in the U.S.", "Jane Doe / AP"),
    ("Quarterback Sam Lee IIIJane Doe, Associated Press",
     "Quarterback Sam Lee III", "Jane Doe, Associated Press"),
    ("Workers leave the assembly plant in Flint, Mich.Carla Bishop/Bloomberg",
     "Workers leave the assembly plant in Flint, Mich.", "Carla Bishop/Bloomberg"),
    ("Senator Raymond Dunn Jr.Tom Whitaker / Reuters",
     "Senator Raymond Dunn Jr.", "Tom Whitaker / Reuters"),
    ("King Charles IIIChris Jarvis/Getty Images", "King Charles III", "Chris Jarvis/Getty Images"),
    ("Boxes stacked in a warehouse owned by Acme Inc.Nina Patel / Reuters",
     "Boxes stacked in a warehouse owned by Acme Inc.", "Nina Patel / Reuters"),
    ("Marchers on Pennsylvania Avenue in Washington, D.C.Eric Lund / AFP",
     "Marchers on Pennsylvania Avenue in Washington, D.C.", "Eric Lund / AFP"),
    ("Fans outside the new stadium, which opened in 2024Adrian Dent/AFP via Getty Images",
     "Fans outside the new stadium, which opened in 2024", "Adrian Dent/AFP via Getty Images"),
    ("Pope Leo XIVGiulia Marchetti / Reuters", "Pope Leo XIV", "Giulia Marchetti / Reuters"),
]  # fmt: skip

INITIAL_OR_CHAIN = [
    ("Logging trucks wait at a mill in Eugene on Friday.J. Scott Miller / AP",
     "Logging trucks wait at a mill in Eugene on Friday.", "J. Scott Miller / AP"),
    ("An artist's view of the probe passing Io.NASA/ESA/J. Doe/SwRI",
     "An artist's view of the probe passing Io.", "NASA/ESA/J. Doe/SwRI"),
    ("A comet over the desert in northern Chile.ESO/M. Kornfeld",
     "A comet over the desert in northern Chile.", "ESO/M. Kornfeld"),
    ("Storms in Jupiter's northern belt.NASA/JPL-Caltech/SwRI/MSSS/K. Gillard",
     "Storms in Jupiter's northern belt.", "NASA/JPL-Caltech/SwRI/MSSS/K. Gillard"),
    ("Crowds at a rally in Delhi on Sunday.R. K. Menon/Reuters",
     "Crowds at a rally in Delhi on Sunday.", "R. K. Menon/Reuters"),
    ("Runners set off in the city marathon.T.J. Morrow for The Courier",
     "Runners set off in the city marathon.", "T.J. Morrow for The Courier"),
    ("A cluster of galaxies seen by the new telescope.NASA, ESA, CSA, STScI, A. Pagani",
     "A cluster of galaxies seen by the new telescope.", "NASA, ESA, CSA, STScI, A. Pagani"),
    ("The mayor at City Hall on Monday.A.J. Whitford/Staff photographer",
     "The mayor at City Hall on Monday.", "A.J. Whitford/Staff photographer"),
]  # fmt: skip

COMPOUND = [
    ("A voter holds a ballot.Photo illustration by Ledger Design. Photo by Jane Doe.",
     "A voter holds a ballot.", "Photo illustration by Ledger Design. Photo by Jane Doe."),
    ("The moon landing as an AI model imagines it.Illustration by Sam Hart. Source photo: NASA",
     "The moon landing as an AI model imagines it.",
     "Illustration by Sam Hart. Source photo: NASA"),
    ("Two versions of the new district map.Photo illustration by Globe Staff; photos by AP and "
     "Reuters",
     "Two versions of the new district map.",
     "Photo illustration by Globe Staff; photos by AP and Reuters"),
    ("A bowl of ramen with a soft egg.Prop styling by Ola Reyes. Photograph by Tim Ames for The "
     "Ledger.",
     "A bowl of ramen with a soft egg.",
     "Prop styling by Ola Reyes. Photograph by Tim Ames for The Ledger."),
    ("The chancellor and the budget box.Photo illustration by The Post. Photos by Getty Images "
     "and Bloomberg.",
     "The chancellor and the budget box.",
     "Photo illustration by The Post. Photos by Getty Images and Bloomberg."),
    ("A phone showing a fake news alert.Photo illustration by Sean Dowd. Source images: Getty "
     "Images, iStock",
     "A phone showing a fake news alert.",
     "Photo illustration by Sean Dowd. Source images: Getty Images, iStock"),
    ("The candidates, side by side.Graphic by Lena Cho. Photos by Reuters and AFP.",
     "The candidates, side by side.", "Graphic by Lena Cho. Photos by Reuters and AFP."),
]  # fmt: skip

CREDIT_CLASSES = {
    "agency with spaced slash and file": AGENCY_SLASH_FILE,
    "caption ending in an abbreviation or without a stop": ABBREVIATION_END,
    "credit from an initial or a chain of holders": INITIAL_OR_CHAIN,
    "compound credit": COMPOUND,
}

# Cases the rules do not reach yet, each named by its class: {(class, index)}.
KNOWN_MISSES: set[tuple[str, int]] = set()


@pytest.mark.parametrize(("name", "case"), class_cases(HEAD_CLASSES, KNOWN_MISSES))
def test_heads_of_each_class(name, case):
    blocks, heads = case
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(("name", "case"), class_cases(CREDIT_CLASSES, KNOWN_MISSES))
def test_credit_splits_of_each_class(name, case):
    line, caption, credit = case
    assert split_credit("", line) == (caption, credit)


# --- The rules the audit drove, each with more made-up cases and a negative. -----------------

STAFF_POSTS = [
    ("Volunteers sort donations at the food bank.Rosa Elling/Staff photographer",
     "Volunteers sort donations at the food bank.", "Rosa Elling/Staff photographer"),
    ("The new footbridge over the Tay at dawn.Callum Fraser / Courier staff",
     "The new footbridge over the Tay at dawn.", "Callum Fraser / Courier staff"),
    ("Pupils at the opening of the science block.Dev Mistry/Gazette staff photographer",
     "Pupils at the opening of the science block.", "Dev Mistry/Gazette staff photographer"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), STAFF_POSTS)
def test_a_staff_post_after_the_holder_stays_in_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_caption_about_the_staff_is_no_credit():
    line = "Meet Jane Doe, our new staff photographer"
    assert split_credit("", line) == (line, None)


BY_LINE_THEN_CREDIT = [
    ("A flooded street as a model sees it.Illustration by Ines Vale. Source image: Getty Images",
     "A flooded street as a model sees it.",
     "Illustration by Ines Vale. Source image: Getty Images"),
    ("The cake, sliced.Food styling by Pia Lund. Photograph by Omar Reid/The Ledger",
     "The cake, sliced.", "Food styling by Pia Lund. Photograph by Omar Reid/The Ledger"),
    ("Two faces of the senator.Graphic by Desk Staff. Photos: Reuters, AP",
     "Two faces of the senator.", "Graphic by Desk Staff. Photos: Reuters, AP"),
    ("A chart of the year's rainfall.Photo illustration by Kit Moss; photos by AFP and EPA",
     "A chart of the year's rainfall.", "Photo illustration by Kit Moss; photos by AFP and EPA"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), BY_LINE_THEN_CREDIT)
def test_a_by_line_right_before_a_credit_goes_with_it(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_caption_saying_who_made_the_thing_shown_keeps_its_words():
    # 'designed by' names the bridge's maker, no picture's: the credit is the label's alone
    line = "The bridge was designed by Jane Doe.Photo: Tim Ames/AP"
    assert split_credit("", line) == ("The bridge was designed by Jane Doe.", "Tim Ames/AP")


LONG_PARA = (
    "The committee met for the first time in the spring, and by the summer it had heard from "
    "more than forty witnesses, most of them from the towns along the coast."
)
LONG_PARA_2 = (
    "Its report, published on Thursday, runs to two hundred pages and makes thirty "
    "recommendations, most of which the government says it will accept in full."
)
SHORT_PARA = "The report went to ministers on Friday, a week later than planned."


def test_long_heads_are_measured_against_the_paragraphs_not_each_other():
    # two long heads among three paragraphs: the second's own paragraph is short, and the heads
    # would pull the typical length down to theirs
    heads = [
        "What the committee heard from the fishing towns along the coast",
        "Why ministers are unlikely to act before the next election",
    ]
    assert heads_of(LONG_PARA, heads[0], LONG_PARA_2, heads[1], SHORT_PARA, LONG_PARA) == heads


def test_full_sentence_heads_over_sections_of_one_paragraph():
    heads = ["The harbour was silting up. Boats ran aground.", "The dredger arrived in May."]
    assert heads_of(LONG_PARA, heads[0], LONG_PARA_2, heads[1], LONG_PARA) == heads


def test_a_short_line_beside_another_short_line_is_running_text():
    # (a line of two sentences among them, as a head may be, is no pattern beside short lines)
    lines = ["The vote was close. It passed.", "By one.", LONG_PARA, "Nobody expected it."]
    assert heads_of(LONG_PARA_2, *lines, SHORT_PARA, LONG_PARA) == []


DATELINE_FIRST = [
    ["NEW DELHI", LONG_PARA, SHORT_PARA, LONG_PARA_2],
    ["Cape Town, South Africa", LONG_PARA, SHORT_PARA, LONG_PARA_2],
    ["PARIS", LONG_PARA, "What changes now", LONG_PARA_2, "Who pays for it", LONG_PARA],
]


@pytest.mark.parametrize("blocks", DATELINE_FIRST)
def test_a_dateline_on_the_first_line_is_no_head(blocks):
    assert blocks[0] not in heads_of(*blocks)


def test_a_briefs_page_of_places_in_capitals_keeps_its_first_head():
    blocks = ["HENLEY", LONG_PARA, "MARLOW", LONG_PARA_2, "WARGRAVE", LONG_PARA]
    assert heads_of(*blocks) == ["HENLEY", "MARLOW", "WARGRAVE"]


CANAL_TEXT = [
    "The trials ran for a whole year on the stretch of canal near the old depot, and every crew "
    "was asked to keep a daily diary of the faults.",
    "Most of the faults were small, a sticking gate or a worn seal on a paddle, and the crews "
    "were able to fix nearly all of them on the spot.",
    "The trust says the new method saves about a week of work for each of the locks it repairs "
    "across the network.",
]
LONG_PAIRS = [
    ("How the canal trust now mends its locks without draining them",
     "Why the volunteers who ran the trials now want to keep on doing the work"),
    ("The boatyard that still builds all its narrowboats the old way",
     "A waiting list for new boats that now runs right to the end of the decade"),
    ("What the river authority found under the old weirs last year",
     "The cost of the repairs that nobody had budgeted for before the spring"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second"), LONG_PAIRS)
def test_two_long_heads_of_one_form_make_a_pattern(first, second):
    # the second is short of the contrast with its paragraph; the first, as long, shows it
    blocks = [CANAL_TEXT[0], first, CANAL_TEXT[1], second, CANAL_TEXT[2]]
    assert heads_of(*blocks) == [first, second]


def test_a_long_line_beside_a_short_head_needs_the_contrast():
    # the confident head is a short label: a long line short of the contrast stays text
    second = LONG_PAIRS[1][1]
    blocks = [CANAL_TEXT[0], "The boatyard", CANAL_TEXT[1], second, CANAL_TEXT[2]]
    assert heads_of(*blocks) == ["The boatyard"]
