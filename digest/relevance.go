package digest

// syriaWords name Syria or its war's actors without naming a place.
var syriaWords = set("syria", "syrian", "syrians", "assad", "sohr", "sana", "damascus", "hts", "sdf", "ypg",
	"idlib", "aleppo", "raqqa", "ghouta", "nusra", "tahrir", "ahrar", "hmeimim", "euphrates", "asayish",
	"zenki", "zenky", "regime", "observatory", "isis", "daesh", "isil")

// foreignPlaces are places outside Syria that reports about the region name
// (spec §1: events in Iraq, Lebanon, Turkey, Israel or Jordan are not Syria reports).
var foreignPlaces = set("iraq", "iraqi", "baghdad", "mosul", "anbar", "fallujah", "ramadi", "kirkuk",
	"erbil", "basra", "tikrit", "sinjar", "lebanon", "lebanese", "beirut", "tripoli", "sidon", "tyre",
	"bekaa", "hermel", "arsal", "turkey", "istanbul", "ankara", "gaziantep", "kilis", "hatay", "reyhanli",
	"sanliurfa", "urfa", "akcakale", "ceylanpinar", "nusaybin", "antakya", "israel", "aviv", "jerusalem",
	"gaza", "jordan", "amman", "mafraq", "ramtha", "zaatari", "yemen", "libya", "egypt", "cairo",
	"iran", "tehran", "germany", "greece", "europe", "lesbos", "afghanistan", "kabul", "ukraine", "kyiv",
	"sudan", "somalia", "mali", "nigeria", "pakistan", "saudi", "riyadh", "qatar", "doha", "moscow",
	"washington", "london", "paris", "berlin", "brussels", "geneva", "vienna", "astana", "sochi",
	"russia", "france", "britain", "salahuddin", "tuz", "khurmatu", "qaim", "diyala", "nineveh", "samarra",
	"haditha", "rutba", "karbala", "najaf", "dohuk", "duhok", "akkar", "baalbek", "zahle", "irbid", "ruwaished",
	"rukban", "suruc", "cizre", "mardin", "adana", "incirlik", "kahramanmaras", "adiyaman", "malatya", "zarqa", "bodrum", "kos", "izmir", "aegean", "mediterranean",
	"greece", "greek", "qandil", "sulaymaniyah", "zakho", "makhmour", "hakkari", "sirnak")

// foreignTowns are the foreignPlaces that locate events rather than name a
// government that acts in Syria ("Moscow said", "Ankara-backed").
var foreignTowns = set("baghdad", "mosul", "anbar", "fallujah", "ramadi", "kirkuk", "erbil", "basra", "tikrit",
	"sinjar", "beirut", "tripoli", "sidon", "tyre", "bekaa", "hermel", "arsal", "istanbul", "gaziantep", "kilis",
	"hatay", "reyhanli", "sanliurfa", "urfa", "akcakale", "ceylanpinar", "nusaybin", "antakya", "gaza",
	"mafraq", "ramtha", "zaatari", "lesbos", "kahramanmaras", "adiyaman", "malatya", "amman", "irbid", "zarqa",
	"qaim", "haditha", "rutba", "samarra", "bodrum", "kos", "izmir", "qandil", "sulaymaniyah", "zakho", "makhmour",
	"hakkari", "sirnak")

// lastForeignTown returns the token index of the last town abroad a
// sentence names, or -1; not a town the wounded were taken to ("treated at
// Kilis State Hospital").
func lastForeignTown(toks []token) int {
	last := -1
	for i := range toks {
		t := &toks[i]
		if t.flags&flagForeign != 0 && t.upper && foreignTowns[t.low] && !movedAbroad(toks, i) {
			last = i
		}
	}
	return last
}

// refugeeWords mark stories about Syrians abroad rather than events inside Syria.
var refugeeWords = set("refugee", "refugees", "asylum", "migrants", "migrant", "deportation", "deported")

var offTopicWords = set("football", "fifa", "olympic", "olympics", "tournament", "striker",
	"goalkeeper", "stocks", "shares", "brent", "nasdaq", "dow", "investors", "bourse", "crude", "qualifier",
	"qualifiers", "qualifying", "midfielder", "defender", "substitute", "stadium", "scored", "header",
	"equaliser", "equalizer", "coach", "kickoff", "championship", "medal", "athletes", "fixture", "playoff",
	"playoffs", "equalised", "equalized", "squad", "footballers", "whistle", "currency", "inflation", "dollar",
	"traders", "prices", "economy")

// relevance decides whether the article reports events inside Syria (spec §1).
type relevance struct {
	syria, foreign, refugee, offTopic int
	leadSyria                         bool
	// leadPlace: the lead names a Syrian place and no foreign dateline
	// ("ANTAKYA, Turkey —") says where the story was filed from
	leadPlace, foreignDateline bool
}

func (r *relevance) count(s *sentence, syrianPlaces int, lead bool) {
	const counted = flagSyria | flagForeign | flagRefugee | flagOffTopic
	toks := s.toks
	if s.flags&counted == 0 {
		toks = nil // no word to count
	}
	for i := range toks {
		t := &toks[i]
		if t.flags&counted == 0 {
			continue
		}
		switch {
		case t.flags&flagSyria != 0 && borderWith(toks, i):
			// "near the border with Syria" places the event next door
		case t.flags&flagSyria != 0:
			r.syria++
			if lead {
				r.leadSyria = true
			}
		case t.flags&flagForeign != 0 && t.upper:
			r.foreign++
		case t.flags&flagRefugee != 0:
			r.refugee++
		case t.flags&flagOffTopic != 0:
			r.offTopic++
		}
	}
	r.syria += syrianPlaces
	if lead && syrianPlaces > 0 {
		r.leadSyria, r.leadPlace = true, true
	}
	if lead && len(toks) > 1 && toks[0].flags&flagForeign != 0 && toks[0].upper && (toks[1].low == "," || toks[1].low == "—" || toks[1].low == "-") {
		r.foreignDateline = true
	}
}

// borderWith reports "the border with Syria", "the Syrian border".
func borderWith(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].low == "border" {
		return true
	}
	return i >= 2 && toks[i-1].low == "with" && toks[i-2].low == "border"
}

func (r *relevance) relevant(figuresInSyria, figuresAbroad, unplaced int) bool {
	switch {
	case r.syria == 0:
		// a toll that names no Syrian place or actor is not taken for a
		// Syria report, even from a feed that covers Syria: world feeds
		// (Al Jazeera's) carry earthquakes in Japan too
		return false
	case figuresInSyria == 0 && figuresAbroad > 0 && !(r.leadPlace && !r.foreignDateline && r.syria > r.foreign):
		return false // the casualties it reports are in Iraq, Lebanon, … and so is the story
	case r.offTopic >= 2 && r.offTopic*2 > r.syria, r.offTopic >= 3 && figuresInSyria == 0:
		return false // sports or markets that mention Syria, however often
	case figuresInSyria > 0:
		return true
	case r.refugee >= 2 && r.foreign > 0 && r.refugee+r.foreign >= r.syria:
		return false // Syrian refugees abroad
	case unplaced > 0 && r.foreign > r.syria:
		// tolls placed nowhere in Syria, in an article that names other
		// countries more often: "Israeli strikes killed 30 … (Gaza)"
		return false
	case r.leadSyria:
		return r.foreign <= 2*r.syria
	}
	return r.syria > r.foreign
}
