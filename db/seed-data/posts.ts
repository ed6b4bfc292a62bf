import type { CommentStatus, PostStatus } from "../schema";

export interface DemoComment {
  key: string;
  replyTo?: string;
  name: string;
  email: string;
  url?: string;
  body: string;
  status?: CommentStatus;
  reason?: string;
  minutesAfter: number;
}

export interface DemoPost {
  slug: string;
  kicker: string;
  headline: string;
  lead: string;
  body: string;
  category: string;
  tags: string[];
  author: string;
  source?: { name: string; url: string };
  /** Hours before the seed runs; negative means in the future. */
  hoursAgo: number;
  status?: PostStatus;
  commentsOpen?: boolean;
  comments?: DemoComment[];
}

// Every story below is invented for the demo: Harbourside is a fictional city.
export const demoPosts: DemoPost[] = [
  {
    slug: "night-buses-return-to-harbourside-after-six-years",
    kicker: "Transport",
    headline: "Night buses return to Harbourside after six years",
    lead: "Three routes will run every 30 minutes between midnight and 5am from March, linking the hospital, the university and the ferry terminal.",
    body: `Harbourside's night bus network, cut in 2020 to save money, is coming back. The transport committee voted seven to two on Tuesday to restore three routes on a two-year trial, paid for by the new workplace parking levy.

The decision follows a campaign led by hospital staff, many of whom finish late shifts when the last regular service has already gone.

## Who the routes serve

The N1 will run from the ferry terminal through the old town to St Bride's Hospital. The N2 links the university campus with the northern estates, and the N3 loops through the docks, where most of the city's late-night venues now are.

> "I have spent six years paying for taxis I cannot afford, or walking home along the ring road at 2am. This changes my life," said Aisling Murphy, a theatre nurse who collected 4,000 signatures for the campaign.

## What it costs

The trial will cost £1.8m a year. The committee's [published report](https://example.org/harbourside/transport-committee-report) estimates that 2,300 people will use the buses on an average night, rising to 5,000 on Fridays and Saturdays.

Opponents on the committee said the money would be better spent on daytime reliability, which has fallen for three years running. The council has promised to publish passenger numbers every quarter.`,
    category: "city",
    tags: ["transport", "council"],
    author: "editor@example.com",
    source: { name: "Harbourside City Council", url: "https://example.org/harbourside/council" },
    hoursAgo: 2,
    comments: [
      { key: "a", name: "Dev Patel", email: "dev.patel@example.net", body: "About time. The last bus from the hospital leaves at 23:10, which is useless for anyone on a late shift.", minutesAfter: 40 },
      { key: "b", replyTo: "a", name: "Aisling Murphy", email: "aisling@example.net", body: "Exactly this. Thank you to everyone who signed.", minutesAfter: 55 },
      { key: "c", replyTo: "b", name: "Dev Patel", email: "dev.patel@example.net", body: "Will the N1 stop at the **staff entrance** or only the main gate?", minutesAfter: 70 },
      { key: "d", name: "Gareth Hughes", email: "gareth.h@example.net", body: "Two-year trial funded by a parking levy that might be scrapped next year. I'll believe it when I see it.", minutesAfter: 90 },
      { key: "e", replyTo: "d", name: "Lena Fischer", email: "lena.f@example.net", body: "The levy is ring-fenced by law for transport, see section 4 of the report. It can't be spent on anything else.", minutesAfter: 120 },
      { key: "f", name: "First Timer", email: "first.timer@example.net", body: "Does anyone know if bikes are allowed on night buses?", status: "pending", reason: "first-time-commenter", minutesAfter: 150 },
      { key: "g", name: "Cheap Watches", email: "promo@spam.example", url: "https://spam.example/watches", body: "Great article! Visit https://spam.example/watches and https://spam.example/bags for the best deals", status: "spam", reason: "too-many-links", minutesAfter: 160 },
    ],
  },
  {
    slug: "harbourside-tidal-barrier-passes-first-winter-test",
    kicker: "Climate",
    headline: "Tidal barrier passes its first winter test as storm surge peaks at 4.1 metres",
    lead: "The £240m barrier closed for eleven hours during Storm Imogen and kept the old town dry, engineers said, though the docks flooded where the defences end.",
    body: `The Harbourside tidal barrier closed for the first time in anger on Sunday night, holding back a surge that peaked at 4.1 metres above the normal high tide.

Engineers from the Environment Agency said all eight gates worked as designed. The old town, flooded three times in the last decade, stayed dry.

## Where the water still came in

The barrier protects the river; it does not protect the open coast. Water came over the sea wall at Pilot's Quay, where the new defences are not due to be finished until 2028, and flooded twelve businesses.

> "We were told the barrier would save the city. It saved half of it," said Joe Carver, who runs a chandlery on the quay.

## What happens next

The agency has published [live gauge data](https://example.org/harbourside/river-levels) and says it will review whether the quay works can be brought forward. Forecasters expect at least two more surges of similar size before the spring.`,
    category: "science",
    tags: ["climate", "council"],
    author: "author@example.com",
    source: { name: "Environment Agency", url: "https://example.org/environment-agency" },
    hoursAgo: 20,
    comments: [
      { key: "a", name: "Maeve O'Neill", email: "maeve@example.net", body: "Our street flooded in 2019 and 2022. This is the first storm in years I slept through.", minutesAfter: 30 },
      { key: "b", replyTo: "a", name: "Joe Carver", email: "joe.carver@example.net", body: "Glad for you. Pop down to the quay and you'll see the other side of the story.", minutesAfter: 75 },
      { key: "c", name: "Hydro Nerd", email: "hydro@example.net", body: "4.1 m is within the design envelope (5.2 m), so this was a *real* test but not a worst case.", minutesAfter: 200 },
    ],
  },
  {
    slug: "old-bonded-warehouse-to-become-300-homes",
    kicker: "Housing",
    headline: "Old bonded warehouse to become 300 homes, a third of them for social rent",
    lead: "Planners approved the conversion of the Grade II listed building on Customs Street after the developer raised its affordable share from 15 to 35 per cent.",
    body: `The derelict bonded warehouse on Customs Street, empty since 1997, will be converted into 300 flats after the planning committee approved the scheme on Wednesday night.

The developer, Quayline Homes, increased the number of homes for social rent from 45 to 105 after the first application was rejected last summer.

## The building

The warehouse was built in 1868 to store wine and spirits awaiting duty. Its cast-iron columns and brick vaults will be kept, and the central yard, closed to the public for a century, will become a public square.

> "This building has been a hole in the middle of the city for my whole adult life," said councillor Ruth Adeyemi, who chairs the committee.

## The objections

Residents of neighbouring streets objected to the height of two new floors on the roof, and the Victorian Society said the additions would "overwhelm" the original facade. The committee imposed a condition that the rooftop storeys be set back by four metres.

Work is expected to start next year. The full decision notice is on the [council's planning portal](https://example.org/harbourside/planning).`,
    category: "city",
    tags: ["housing", "council"],
    author: "editor@example.com",
    hoursAgo: 30,
    comments: [
      { key: "a", name: "Ruth Coles", email: "ruth.coles@example.net", body: "35% is better than 15%, but it's still a minority of the homes in a city with 9,000 people on the waiting list.", minutesAfter: 60 },
      { key: "b", replyTo: "a", name: "Owen Price", email: "owen.price@example.net", body: "It's the highest share any private scheme in the city has agreed to. Let's take the win.", minutesAfter: 95 },
    ],
  },
  {
    slug: "university-team-grows-seagrass-in-harbour-mud",
    kicker: "Research",
    headline: "University team grows seagrass in harbour mud once thought too polluted for life",
    lead: "Test plots in the inner harbour have survived two summers, raising hopes that the meadows lost in the 1930s can be brought back.",
    body: `A research team at Harbourside University has grown seagrass in the inner harbour for the first time since the 1930s, when disease and industrial pollution wiped out the meadows that once covered 40 hectares of the estuary floor.

Of the 12 test plots planted in 2024, nine have survived two summers and spread by an average of 38 per cent.

## Why seagrass matters

Seagrass stores carbon up to 35 times faster than tropical rainforest per hectare, shelters young fish and calms waves before they reach the shore.

> "The mud is cleaner than anyone assumed. Forty years of tighter discharge rules have done their work quietly," said Dr Hannah Okoro, who leads the project.

## The next step

The team has applied for funding to plant two hectares next spring using seeds collected by volunteers. Its first results are published in the [Journal of Coastal Restoration](https://example.org/journals/coastal-restoration).`,
    category: "science",
    tags: ["climate"],
    author: "author@example.com",
    source: { name: "Harbourside University", url: "https://example.org/harbourside-university" },
    hoursAgo: 44,
  },
  {
    slug: "harbourside-fc-promoted-after-late-equaliser",
    kicker: "Football",
    headline: "Harbourside FC promoted after a 94th-minute equaliser at Millbrook",
    lead: "Kasia Nowak's header sealed the point the club needed and ended eleven years in the fourth tier.",
    body: `Harbourside FC are promoted. Trailing 2–1 at Millbrook with the clock showing 93:40, the visitors won a corner, and captain Kasia Nowak rose highest to head in the equaliser.

The draw lifted Harbourside into second place on goal difference with one game to spare.

## A season of comebacks

It was the ninth time this season Harbourside have taken points from a losing position, a record in the division. Manager Luis Ortega credited the squad's fitness.

> "We have been the fittest team in this league since August. The last ten minutes are ours," Ortega said.

## The celebrations

Around 1,200 travelling supporters invaded the pitch at the final whistle. The club has announced an open-top bus parade on Sunday; route details are on the [club's website](https://example.org/harbourside-fc).`,
    category: "sport",
    tags: ["football"],
    author: "admin@example.com",
    hoursAgo: 55,
    comments: [
      { key: "a", name: "Ciaran Doyle", email: "ciaran@example.net", body: "Eleven years. ELEVEN. I'm not crying, you are.", minutesAfter: 10 },
      { key: "b", replyTo: "a", name: "Beth Morgan", email: "beth.m@example.net", body: "Was in the away end. Have lost my voice and one shoe.", minutesAfter: 25 },
      { key: "c", replyTo: "b", name: "Ciaran Doyle", email: "ciaran@example.net", body: "Worth it.", minutesAfter: 31 },
      { key: "d", name: "Neutral Observer", email: "neutral@example.net", body: "Fair play to Millbrook too, they played the better football for 80 minutes.", minutesAfter: 120 },
    ],
  },
  {
    slug: "ferry-fares-frozen-for-island-residents",
    kicker: "Transport",
    headline: "Ferry fares frozen for island residents as operator posts record profit",
    lead: "Residents of Gull Island will pay the same as last year after the council used its contract to block a 9 per cent rise.",
    body: `Fares on the Gull Island ferry will stay at £3.40 for residents for another year, the operator Solent Crossings confirmed on Monday, reversing a planned 9 per cent increase.

The announcement came a week after the company reported profits of £6.2m, its highest ever.

## The contract clause

The council's contract with the operator, signed in 2021, allows it to veto fare increases above inflation for residents. It is the first time the clause has been used.

> "The island is not a tourist attraction. People live here and need to get to work," said Gull Island councillor Peter Flint.

## Visitors still pay more

The visitor fare will still rise to £7.90. The operator said the increase would fund a new electric vessel due in 2027. Its [annual report](https://example.org/solent-crossings/annual-report) sets out the investment plan.`,
    category: "city",
    tags: ["transport"],
    author: "editor@example.com",
    hoursAgo: 70,
  },
  {
    slug: "city-library-opens-until-midnight-during-exams",
    kicker: "Community",
    headline: "Central library to open until midnight during exam season",
    lead: "A pilot will keep the reading rooms open late for six weeks from May, staffed by librarians and volunteers.",
    body: `Harbourside Central Library will stay open until midnight on weekdays during the exam season, the first time it has opened past 8pm since it was built in 1904.

The pilot follows a survey in which 62 per cent of students aged 16 to 18 said they had no quiet place to study at home.

## How it will work

The ground-floor reading rooms and the study pods will stay open; the lending desk will close at the usual time. Security staff will be on site throughout.

> "A library is the only warm, quiet, free place left in most neighbourhoods. We should use it," said head librarian Mirela Popescu.

## Paying for it

The extra hours cost £48,000, met by a grant from the [Harbourside Community Trust](https://example.org/harbourside-community-trust). If attendance is strong the council will consider making the hours permanent.`,
    category: "culture",
    tags: ["council"],
    author: "author@example.com",
    hoursAgo: 96,
    comments: [
      { key: "a", name: "Sixth Former", email: "student@example.net", body: "This would have saved my A-levels. My little brothers share my room.", minutesAfter: 45 },
    ],
  },
  {
    slug: "dockside-festival-announces-free-opening-night",
    kicker: "Festival",
    headline: "Dockside festival opens with a free night of music on the water",
    lead: "Floating stages, a silent disco on the old ferry and a commission from the city's youth orchestra will open the ten-day festival.",
    body: `The Dockside Festival will open on 14 June with a free evening of music performed from barges moored along the quay, organisers announced on Thursday.

The festival, now in its 21st year, expects 120,000 visitors over ten days.

## The programme

Highlights include a new work by the Harbourside Youth Orchestra written for foghorn and strings, a silent disco on the retired ferry *Marguerite*, and a late-night programme of folk music in the restored rope works.

> "We wanted the first night to belong to everyone, not just those who can afford a ticket," said artistic director Femi Adebayo.

## Tickets

Paid events go on sale on 1 May through the [festival website](https://example.org/dockside-festival). A third of all tickets are reserved at £5 for residents on low incomes.`,
    category: "culture",
    tags: ["arts"],
    author: "editor@example.com",
    hoursAgo: 120,
  },
  {
    slug: "hospital-cuts-a-and-e-waits-with-new-triage",
    kicker: "Health",
    headline: "St Bride's cuts A&E waits by a third with nurse-led triage",
    lead: "Patients are now seen by a senior nurse within 15 minutes of arriving, and the average stay has fallen from six hours to four.",
    body: `St Bride's Hospital has cut the average time patients spend in its emergency department from six hours to four since introducing nurse-led triage in September, according to figures released on Friday.

The share of patients seen within four hours rose from 58 to 76 per cent, still short of the national target of 95.

## What changed

Instead of waiting to see a doctor, every patient is now assessed by a senior nurse within 15 minutes. Those with minor injuries are sent straight to a separate treatment area.

> "Most of the wait was never about doctors. It was about people with sprained ankles queuing behind people with chest pain," said clinical lead Dr Amara Singh.

## The limits

The hospital warns that the gains depend on beds being free upstairs. On 31 days this winter patients waited more than twelve hours for a ward bed. The [full board paper](https://example.org/st-brides/board-papers) sets out the figures.`,
    category: "science",
    tags: ["health"],
    author: "author@example.com",
    source: { name: "St Bride's Hospital NHS Trust", url: "https://example.org/st-brides" },
    hoursAgo: 150,
    comments: [
      { key: "a", name: "Nurse Jo", email: "jo.nurse@example.net", body: "Works in our department too. Nobody mentions the extra nurses it needs, though.", minutesAfter: 50 },
      { key: "b", replyTo: "a", name: "Amara Singh", email: "a.singh@example.net", body: "Fair point. We recruited eight additional band 6 nurses for it; that's in the board paper.", minutesAfter: 140 },
      { key: "c", name: "Anon Patient", email: "patient@example.net", body: "Waited 9 hours last month. Not sure these numbers tell the whole story.", status: "pending", reason: "first-time-commenter", minutesAfter: 300 },
    ],
  },
  {
    slug: "rowing-club-women-win-head-of-the-river",
    kicker: "Rowing",
    headline: "Harbourside women's eight win the Head of the River for the first time",
    lead: "The crew beat 300 boats over the 6.8km course, finishing four seconds ahead of the defending champions.",
    body: `Harbourside Rowing Club's women's eight have won the Head of the River race for the first time in the club's 140-year history.

The crew covered the 6.8km course in 19 minutes 42 seconds, four seconds ahead of last year's winners.

## Training on the estuary

The crew trains at 5.30am, before the commercial shipping starts, on water that coach Ingrid Halvorsen calls "the roughest in the country".

> "If you can row well on our estuary you can row well anywhere," Halvorsen said.

## Next

The crew will now target the national championships in July. The club is [recruiting novices](https://example.org/harbourside-rowing) for its autumn learn-to-row course.`,
    category: "sport",
    tags: [],
    author: "admin@example.com",
    hoursAgo: 170,
  },
  {
    slug: "council-tests-sensors-to-find-leaking-water-mains",
    kicker: "Technology",
    headline: "Acoustic sensors find 40 leaks in the city's oldest water mains",
    lead: "A six-month trial listening to pipes in the old town found leaks losing two million litres a day, most of them invisible from the surface.",
    body: `Acoustic sensors fitted to 600 valves in the old town have found 40 leaks in Victorian water mains, the water company said on Tuesday.

Together the leaks were losing around two million litres a day, enough to supply 13,000 people.

## How it works

The sensors listen overnight, when the streets are quiet, for the hiss of water escaping under pressure. Software compares readings from neighbouring sensors to pinpoint a leak to within a metre.

> "We have been digging holes on hunches for a hundred years. Now the pipes tell us where to dig," said network engineer Callum Reid.

## Rolling it out

The company will extend the system across the city by 2028 at a cost of £9m. Its [leakage report](https://example.org/harbourside-water/leakage) shows the city loses 21 per cent of treated water before it reaches a tap.`,
    category: "science",
    tags: ["technology", "climate"],
    author: "editor@example.com",
    hoursAgo: 200,
  },
  {
    slug: "bookshop-on-rope-walk-saved-by-its-readers",
    kicker: "Books",
    headline: "Rope Walk bookshop saved by 1,400 readers who bought shares",
    lead: "The city's oldest independent bookshop will become a co-operative after a community share offer raised £310,000 in five weeks.",
    body: `Chapter & Verse, the bookshop on Rope Walk that has traded since 1952, has been saved from closure by its customers.

A community share offer raised £310,000 from 1,400 people, enough to buy the building from its retiring owner and fund a refit.

## A co-operative

Each shareholder has one vote regardless of how much they invested. The shop's four staff will stay on, and the upstairs room will host readings and a children's club.

> "People kept coming in to say they'd miss us. We asked them to put their money where their mouths were, and they did," said manager Nell Ashworth.

## Reopening

The shop closes for the refit in January and reopens in March. The share offer documents are on the [co-operative's site](https://example.org/chapter-and-verse).`,
    category: "culture",
    tags: ["arts"],
    author: "author@example.com",
    hoursAgo: 240,
    comments: [
      { key: "a", name: "Book Worm", email: "bookworm@example.net", body: "Bought two shares. Best money I've spent this year.", minutesAfter: 20 },
      { key: "b", replyTo: "a", name: "Nell Ashworth", email: "nell@example.net", body: "Thank you! See you at the reopening.", minutesAfter: 65 },
    ],
  },
  {
    slug: "cycle-lane-on-harbour-road-divides-traders",
    kicker: "Transport",
    headline: "Harbour Road cycle lane divides traders a year after it opened",
    lead: "Cycling on the road has tripled, but half the shops say they have lost trade since parking was removed.",
    body: `A year after the protected cycle lane on Harbour Road opened, the number of people cycling along it has tripled, according to council counters. But a survey of traders shows a city split down the middle.

Of 64 businesses surveyed by the chamber of commerce, 31 said trade was down and 22 said it was up.

## The numbers

Council figures show 2,900 cycle trips a day, up from 950. Footfall measured by mobile phone data is up 6 per cent.

> "My customers used to park outside. Now they drive to the retail park," said butcher Alan Teague.

## What the council says

The council says the footfall data shows the street is busier, and that it will add six loading bays. A [full evaluation](https://example.org/harbourside/harbour-road-evaluation) is due in the summer.`,
    category: "city",
    tags: ["transport", "council"],
    author: "editor@example.com",
    hoursAgo: 300,
    commentsOpen: false,
  },
  // Not yet visible: a scheduled post and a draft, so every page proves it hides them.
  {
    slug: "budget-vote-preview-what-the-council-will-decide",
    kicker: "Budget",
    headline: "What the council will decide in next week's budget vote",
    lead: "A preview of the choices facing councillors, scheduled to publish ahead of the vote.",
    body: `This preview is scheduled and must not be visible until its publish time.

## The choices

Councillors will vote on council tax, bus subsidies and library hours.`,
    category: "city",
    tags: ["council"],
    author: "editor@example.com",
    hoursAgo: -48,
    status: "scheduled",
  },
  {
    slug: "draft-harbour-master-interview",
    kicker: "Interview",
    headline: "Draft: an interview with the harbour master",
    lead: "Unfinished draft.",
    body: `This draft must never be visible to readers.`,
    category: "city",
    tags: [],
    author: "author@example.com",
    hoursAgo: 1,
    status: "draft",
  },
];
