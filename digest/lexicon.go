package digest

// The word lists extraction reads, in folded form (see fold).

// killWords bind a figure to deaths; woundWords to injuries (spec §2).
var killWords = map[string]bool{
	"killed": true, "kill": true, "kills": true, "killing": true, "dead": true, "died": true, "die": true,
	"dies": true, "death": true, "deaths": true, "fatalities": true, "martyrs": true, "martyred": true, "martyring": true,
	"martyr": true, "executed": true, "executes": true, "execute": true, "executing": true,
	"slain": true, "massacred": true, "assassinate": true, "assassinates": true, "assassinating": true, "eliminated": true, "perished": true, "assassinated": true, "beheaded": true,
	"killings": true, "lives": true, "life": true, "toll": true, "casualties": true,
}

var woundWords = map[string]bool{
	"wounded": true, "wounding": true, "injured": true, "injuring": true, "injuries": true,
	"hurt": true, "maimed": true, "wound": true, "injure": true, "injures": true, "wounds": true,
}

// activeKillVerbs take their count after them: "killed 19 civilians".
var activeVerbs = map[string]Kind{
	"killed": Killed, "kill": Killed, "kills": Killed, "killing": Killed, "executed": Killed,
	"executes": Killed, "execute": Killed, "executing": Killed, "massacred": Killed, "assassinated": Killed,
	"beheaded": Killed, "assassinate": Killed, "assassinates": Killed, "assassinating": Killed, "martyring": Killed, "eliminated": Killed, "eliminates": Killed, "eliminating": Killed,
	"wounded": Wounded, "wounding": Wounded, "injured": Wounded, "injuring": Wounded,
	"wound": Wounded, "injure": Wounded, "injures": Wounded, "wounds": Wounded, "lost": Killed, "losing": Killed,
	"claimed": Killed, "claiming": Killed, "claims": Killed,
	"destroyed": Killed, "destroying": Killed, "destroy": Killed, "destroys": Killed,
}

// auxiliaries and adverbs may stand between a count's noun and its verb:
// "26 fighters were also killed".
var auxiliaries = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "be": true, "being": true, "also": true, "reportedly": true, "allegedly": true,
	"all": true, "later": true, "subsequently": true, "just": true, "confirmed": true, "reported": true,
	"both": true, "either": true, "then": true, "themselves": true, "apparently": true, "believed": true,
	"thought": true, "to": true, "each": true, "eventually": true, "immediately": true,
	"instantly": true, "now": true, "already": true, "initially": true, "summarily": true,
	"sustained": true, "suffered": true, "brutally": true, "mistakenly": true, "accidentally": true,
	"seriously": true, "critically": true, "severely": true, "lightly": true, "slightly": true,
	"fatally": true, "badly": true, "still": true, "likely": true, "probably": true, "possibly": true,
}

// nounStops end the noun after a count: prepositions, verbs that are not
// casualties, conjunctions of clauses.
var nounStops = map[string]bool{
	"most": true, "mostly": true, "mainly": true, // "17 people most of them civilians"
	"in": true, "on": true, "at": true, "by": true, "from": true, "during": true, "after": true,
	"near": true, "when": true, "as": true, "while": true, "with": true, "for": true, "into": true,
	"across": true, "since": true, "inside": true, "under": true, "amid": true, "following": true,
	"due": true, "who": true, "which": true, "that": true, "whose": true, "were": true, "was": true,
	"are": true, "is": true, "have": true, "has": true, "had": true, "been": true, "be": true,
	"will": true, "would": true, "could": true, "may": true, "might": true, "said": true, "says": true,
	"arrested": true, "detained": true, "displaced": true, "missing": true, "kidnapped": true,
	"abducted": true, "trapped": true, "fled": true, "rescued": true, "evacuated": true, "captured": true,
	"remained": true, "remain": true, "survived": true, "escaped": true, "released": true,
	"returned": true, "taken": true, "held": true, "stranded": true, "besieged": true, "homeless": true,
	"according": true, "to": true, "than": true, "per": true, "over": true, "against": true,
	"toward": true, "towards": true, "between": true, "including": true, "among": true, "out": true,
	"where": true, "because": true, "before": true, "until": true, "within": true, "without": true,
	"but": true, "not": true, "only": true, "he": true, "she": true, "they": true, "it": true, "we": true,
	"this": true, "these": true,
}

// notCounted are nouns and units after a number that make it no head count
// (spec §2: ages, distances, durations, money, buildings, vehicles, …).
var notCounted = map[string]bool{
	"year": true, "years": true, "yr": true, "month": true, "months": true, "week": true, "weeks": true,
	"day": true, "days": true, "hour": true, "hours": true, "minute": true, "minutes": true,
	"seconds": true, "decade": true, "decades": true, "km": true, "kilometres": true,
	"kilometers": true, "kilometre": true, "kilometer": true, "miles": true, "mile": true, "metres": true,
	"meters": true, "metre": true, "meter": true, "m": true, "kg": true, "tonnes": true, "tons": true,
	"percent": true, "per": true, "%": true, "dollars": true, "usd": true, "euros": true, "pounds": true,
	"lira": true, "liras": true, "billion": true, "villages": true, "village": true,
	"towns": true, "town": true, "cities": true, "neighbourhoods": true, "neighborhoods": true,
	"areas": true, "positions": true, "sites": true, "points": true, "checkpoints": true, "vehicles": true,
	"vehicle": true, "tanks": true, "tank": true, "cars": true, "trucks": true, "buses": true,
	"buildings": true, "building": true, "houses": true, "homes": true, "schools": true,
	"hospitals": true, "mosques": true, "shops": true, "airstrikes": true, "strikes": true,
	"raids": true, "shells": true, "rockets": true, "missiles": true, "bombs": true, "barrel": true,
	"mortars": true, "mortar": true, "times": true, "aircraft": true, "planes": true, "jets": true,
	"warplanes": true, "helicopters": true, "drones": true, "families": true, "family": true,
	"explosions": true, "attacks": true, "airstrike": true, "strike": true, "raid": true, "am": true,
	"pm": true, "o": true, "gmt": true, "bn": true, "mn": true, "ft": true, "feet": true, "acres": true,
	"hectares": true, "floors": true, "storey": true, "kilograms": true, "litres": true, "sorties": true,
	"operations": true, "countries": true, "states": true, "nations": true,
	"page": true, "pages": true, "articles": true, "votes": true, "seats": true, "times,": true,
	"sessions": true, "rounds": true, "camps": true, "crossings": true, "tunnels": true, "fronts": true,
	"clashes": true, "battles": true, "massacres": true, "bombings": true, "blasts": true,
	"shelling": true, "locations": true, "provinces": true, "governorates": true, "brigades": true,
	"factions": true, "groups": true, "battalions": true, "divisions": true, "regiments": true,
	"flee": true, "fled": true, "fleeing": true, "displaced": true, "evacuated": true, // "as toll mounts and thousands flee"
	"targets": true, "target": true,
}

// months name a date, so a number beside one is a day or a year.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// subsetMarkers introduce a part of the figure before them: "12 civilians,
// including five children" (spec §4).
var subsetMarkers = [][]string{
	{"including"}, {"among", "them"}, {"among", "whom"}, {"of", "whom"}, {"of", "them"},
	{"among", "the", "dead"}, {"among", "the", "victims"}, {"among", "those", "killed"}, {"incl"},
	{"among", "the", "killed"}, {"among", "the", "wounded"}, {"among", "the", "injured"}, {"most", "of", "them"},
	{"dead", "included"}, {"dead", "include"}, {"victims", "included"}, {"victims", "include"}, {"killed", "included"},
	{"toll", "includes"}, {"toll", "included"}, // "The Observatory's toll includes nine civilians"
}

// additiveMarkers say a figure adds to the ones before it: "19 more", "16 others".
var additiveMarkers = map[string]bool{"more": true, "others": true, "other": true, "another": true, "further": true, "additional": true}

// additiveBefore stand before a count of other people: "another three", "a further 12".
var additiveBefore = set("another", "further", "additional")

// updateWords say a toll was revised: "rose to 51", "raising the toll to".
var updateWords = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rises": true, "climbed": true, "climb": true,
	"climbs": true, "increased": true, "increase": true, "jumped": true, "raising": true, "raised": true,
	"raise": true, "raises": true, "bringing": true, "brought": true, "brings": true, "reached": true,
	"reaching": true, "reach": true, "mounted": true, "grew": true, "updated": true, "new": true,
	"soared": true, "rising": true,
}

// cumulativeSpans are words that, after "since" or "this", mark a span
// longer than a week (spec §4: cumulative and historical figures).
var longSpanWords = map[string]bool{
	"war": true, "conflict": true, "uprising": true, "revolution": true, "crisis": true,
	"beginning": true, "start": true, "outbreak": true, "onset": true, "offensive": true,
	"campaign": true, "escalation": true, "operation": true,
}

// backgroundWords mark a sentence that recalls past events for context.
var backgroundPhrases = [][]string{
	{"last", "year"}, {"last", "month"}, {"weeks", "ago"}, {"months", "ago"}, {"years", "ago"},
	{"earlier", "this", "year"}, {"a", "similar"}, {"in", "a", "similar"}, {"two", "weeks", "after"},
	{"weeks", "after"}, {"weeks", "before"}, {"months", "after"}, {"last", "week"},
	{"previous", "attack"}, {"in", "the", "past"}, {"the", "deadliest"}, {"worst", "since"},
	{"earlier", "this", "month"}, {"in", "an", "earlier"}, {"previously"},
	{"mass", "grave"}, {"mass", "graves"}, {"remains", "of"}, // the dead of years past, found now
}
