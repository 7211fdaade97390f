package digest

import "slices"

// sideOf reads the side of the people a figure counts from the words of its
// label ("anti-government fighters", "members of the Islamic State", "government
// troops and allied militia"), whose flags together are fl: spec §3.
func sideOf(words []string, fl lexFlag) Side {
	has := func(f lexFlag) bool { return fl&f != 0 }
	hasSeq := func(a, b string) bool {
		for i := 0; i+1 < len(words); i++ {
			if words[i] == a && words[i+1] == b {
				return true
			}
		}
		return false
	}
	civilian := has(flagCivilian)
	combatant := has(flagGovernment | flagOpposition | flagFighter | flagIS | flagKurdish)
	government := has(flagGovernment | flagAlly)
	rebel := has(flagOpposition) || hasSeq("anti", "government") || hasSeq("anti", "regime")
	and := slices.Contains(words, "and")
	// "regime soldiers and jihadists": troops and fighters who are not theirs
	mixedFighters := and && has(flagGovernment) && has(flagFighter|flagIS|flagKurdish) && !has(flagAlly) &&
		!slices.ContainsFunc(words, func(w string) bool {
			return w == "pro" || w == "loyal" || w == "allied" || w == "loyalist" || w == "loyalists"
		})
	switch {
	case civilian && combatant && and, government && rebel && and, mixedFighters:
		return Unknown // "fighters and civilians", "regime and rebel fighters"
	case civilian && !combatant && !has(flagForeignForce):
		return Civilians // "Russian civilians", "Four Civilians Russian Center"
	case has(flagIS) || hasSeq("islamic", "state"):
		return IslamicState
	case has(flagKurdish) || hasSeq("democratic", "forces"):
		return Kurdish // "fighters of the Syrian Democratic Forces"
	case hasSeq("popular", "committees") || hasSeq("popular", "mobilization"):
		return Government // pro-government militia, not the opposition's committees
	case hasSeq("anti", "government") || hasSeq("anti", "regime") || hasSeq("anti", "assad") ||
		hasSeq("free", "syrian") || hasSeq("national", "army") || hasSeq("turkish", "backed") ||
		hasSeq("turkey", "backed") || hasSeq("ankara", "backed") || has(flagOpposition):
		return Opposition
	case has(flagAlly) || hasSeq("iran", "backed") || hasSeq("russia", "backed") || hasSeq("russian", "backed"):
		return Government // "fighters of Iran-backed militias"
	case has(flagForeignForce) && (slices.Contains(words, "loyal") || hasSeq("pro", "regime") || hasSeq("pro", "government")):
		return Government // "an Iraqi militia loyal to the regime" fights for it
	case has(flagForeignForce) && has(flagGovernment|flagFighter):
		return Foreign
	case has(flagGovernment):
		return Government
	case civilian:
		return Civilians
	case slices.Contains(words, "combatants") || slices.Contains(words, "belligerents"):
		return Unknown // fighters of every side: "killed at least 14 combatants"
	case has(flagFighter):
		return Opposition
	}
	return Unknown
}

// genericFighters reports "terrorists", "militants", "gunmen" with no word
// of whose (fl: the label's flags): state media call every armed group so,
// IS included, so the side sideOf gives them (opposition) is a guess.
func genericFighters(fl lexFlag) bool {
	return fl&flagFighter != 0 &&
		fl&(flagCivilian|flagGovernment|flagOpposition|flagIS|flagKurdish|flagAlly|flagForeignForce) == 0
}

// combatantsOnly reports a label of fighters whose side sideOf cannot name,
// "regime and rebel fighters": no civilian is among them.
func combatantsOnly(fl lexFlag) bool {
	return fl&(flagFighter|flagGovernment|flagOpposition|flagIS|flagKurdish) != 0 && fl&flagCivilian == 0
}

var civilianWords = set("civilian", "civilians", "child", "children", "kid", "kids", "boy", "boys", "girl",
	"girls", "woman", "women", "resident", "residents", "citizen", "citizens", "rescuer", "rescuers",
	"rescue", "medic", "medics", "paramedic", "paramedics", "doctor", "doctors", "nurse", "nurses",
	"journalist", "journalists", "reporter", "reporters", "photographer", "photographers", "farmer",
	"farmers", "shepherd", "shepherds", "student", "students", "pupil", "pupils", "teacher", "teachers",
	"infant", "infants", "baby", "babies", "toddler", "toddlers", "worshippers", "worshipers",
	"passengers", "pedestrians", "motorists", "helmets", "family", "families", "displaced", "refugees",
	"worker", "workers", "teenager", "teenagers", "teen", "teens", "elderly", "villagers", "humanitarian", "aid",
	"volunteers", "volunteer", "schoolchildren", "minors", "daughters", "sons", "mother", "father", "son", "daughter",
	"nephew", "niece", "grandson",
	"brothers", "sisters", "relatives", "wife", "husband", "pharmacist", "lawyer", "engineer", "mayor", "priest",
	"merchant", "trader", "vendor", "shopkeeper", "fisherman", "mukhtar", "dentist", "judge", "cleric",
	"preacher", "blogger", "cameraman", "pharmacists", "lawyers", "engineers", "traders", "vendors",
	"schoolteacher", "schoolteachers", "schoolboy", "schoolboys", "schoolgirl", "schoolgirls", "grandfather",
	"grandmother", "midwife", "surgeon", "surgeons", "mechanic", "baker", "bakers", "labourer", "labourers",
	"laborer", "laborers", "protester", "protesters", "demonstrator", "demonstrators", "mourners",
	"grocer", "butcher", "tailor")

var governmentWords = set("soldier", "soldiers", "troop", "troops", "army", "regime", "government",
	"loyalist", "loyalists", "militia", "militiamen", "ndf", "servicemen", "serviceman", "conscripts",
	"conscript", "officer", "officers", "security", "policemen", "police", "military", "guards",
	"personnel", "pro", "loyal", "forces", "airmen", "pilot", "pilots", "colonel", "general",
	"brigadier", "lieutenant", "major", "captain", "sergeant", "recruits")

var allyWords = set("hezbollah", "russian", "russians", "iranian", "iranians", "irgc", "fatemiyoun",
	"zainabiyoun", "afghan", "shiite", "shia", "wagner", "resistance") // Al-Manar's "resistance fighters" are Hezbollah

var oppositionWords = set("rebel", "rebels", "insurgent", "insurgents", "opposition", "hts", "tahrir",
	"nusra", "qaeda", "ahrar", "fsa", "nfl", "sna", "faylaq", "jaish", "jaysh", "zenki", "zinki",
	"jabhat", "hayat", "hayyaat", "hayaat", "islamist", "islamists", "tahrir al sham", "huras", "turkistan",
	"uighur", "uyghur", "factions", "faction")

var fighterWords = set("fighter", "fighters", "militant", "militants", "jihadist", "jihadists",
	"terrorist", "terrorists", "extremists", "gunmen", "gunman", "combatants", "mercenaries", "members", "member",
	"attackers", "assailants")

var isWords = set("is", "isis", "isil", "daesh")

var kurdishWords = set("sdf", "ypg", "ypj", "asayish", "asayesh", "kurdish", "kurds", "peshmerga")

var foreignWords = set("turkish", "turkey", "israeli", "israel", "american", "us", "u", "coalition",
	"french", "british", "jordanian", "iraqi")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
