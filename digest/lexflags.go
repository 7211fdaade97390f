package digest

import (
	"strings"
	"sync"
)

// lexFlag marks what a word can be to the passes that read every token, so
// each pass costs one bit test where it would cost a map lookup or a switch:
// extraction reads every word of every article.
type lexFlag uint32

const (
	flagSyria         lexFlag = 1 << iota // syriaWords
	flagForeign                           // foreignPlaces
	flagRefugee                           // refugeeWords
	flagOffTopic                          // offTopicWords
	flagQuantity                          // may start a count (see mayStartQuantity)
	flagDate                              // weekdays, months, yesterday, …
	flagSource                            // first word of a sourceNames entry
	flagBackground                        // first word of a background phrase
	flagPlace                             // first word of a name in the default gazetteer
	flagInjury                            // injuryMentions
	flagKnown                             // every word of the lexicon
	flagPlaceSkeleton                     // a word whose skeleton starts a default gazetteer name
	flagCivilian                          // civilianWords
	flagGovernment                        // governmentWords
	flagOpposition                        // oppositionWords
	flagFighter                           // fighterWords
	flagIS                                // isWords
	flagKurdish                           // kurdishWords
	flagAlly                              // allyWords
	flagForeignForce                      // foreignWords
	flagKill                              // killWords
	flagWound                             // woundWords
	flagNounStop                          // nounStops
	flagAux                               // auxiliaries
	flagSubset                            // first word of a subsetMarkers phrase
	flagPerson                            // personNouns
	flagShortSpan                         // shortSpanWords
	flagLongSpan                          // longSpanWords
	flagNotCounted                        // notCounted
	flagSpanCue                           // spanCues: words spanMarkers reads
)

// lexEntry is a word the extractor knows: its flags, and its folded form,
// which a capitalised word ("Killed", "The") shares instead of allocating
// its own.
type lexEntry struct {
	word  string
	flags lexFlag
}

// lexicon returns every word the extractor looks up with its flags; built
// once, with the default gazetteer's first words.
var lexicon = sync.OnceValue(func() *wordTable { return newWordTable(lexiconWords()) })

// lexiconWords gathers the words of every list the extractor reads, with their flags.
func lexiconWords() map[string]lexEntry {
	m := map[string]lexEntry{}
	mark := func(f lexFlag, words ...string) {
		for _, w := range words {
			m[w] = lexEntry{word: w, flags: m[w].flags | f}
		}
	}
	keys := func(set map[string]bool) []string {
		var out []string
		for w := range set {
			out = append(out, w)
		}
		return out
	}
	mark(flagSyria, keys(syriaWords)...)
	mark(flagForeign, keys(foreignPlaces)...)
	mark(flagInjury, keys(injuryMentions)...)
	mark(flagRefugee, keys(refugeeWords)...)
	mark(flagOffTopic, keys(offTopicWords)...)
	mark(flagQuantity, "a", "an", "one", "half", "another")
	for w := range smallNumbers {
		mark(flagQuantity, w)
	}
	for w := range tensNumbers {
		mark(flagQuantity, w)
	}
	for w := range vagueWords {
		mark(flagQuantity, w)
	}
	for _, p := range qualifierPhrases {
		mark(flagQuantity, p.words[0])
	}
	for w := range weekdays {
		mark(flagDate, w)
	}
	for w := range months {
		mark(flagDate, w)
	}
	mark(flagDate, "yesterday", "today", "overnight", "tonight", "last", "ago")
	for _, s := range sourceNames {
		mark(flagSource, s.words[0])
	}
	mark(flagBackground, keys(backgroundFirst)...)
	for e := range DefaultGazetteer().prefixes.all() {
		if !strings.Contains(e.word, " ") {
			mark(flagPlace, e.word)
		}
	}
	mark(flagCivilian, keys(civilianWords)...)
	mark(flagGovernment, keys(governmentWords)...)
	mark(flagOpposition, keys(oppositionWords)...)
	mark(flagFighter, keys(fighterWords)...)
	mark(flagIS, keys(isWords)...)
	mark(flagKurdish, keys(kurdishWords)...)
	mark(flagAlly, keys(allyWords)...)
	mark(flagForeignForce, keys(foreignWords)...)
	// person nouns have no flag: interned for their capitalised forms
	for _, m := range subsetMarkers {
		mark(flagSubset, m[0])
	}
	mark(flagKill, keys(killWords)...)
	mark(flagWound, keys(woundWords)...)
	mark(flagNounStop, keys(nounStops)...)
	mark(flagAux, keys(auxiliaries)...)
	mark(flagPerson, keys(personNouns)...)
	mark(flagShortSpan, keys(shortSpanWords)...)
	mark(flagLongSpan, keys(longSpanWords)...)
	mark(flagNotCounted, keys(notCounted)...)
	mark(flagSpanCue, keys(spanCues)...)
	// a capitalised known word needs no skeleton lookup in findPlaces
	g := DefaultGazetteer()
	var skel []byte
	for w, e := range m {
		e.flags |= flagKnown
		if skel = appendSkeleton(skel[:0], w); contains(g.skelPrefixes, skel) {
			e.flags |= flagPlaceSkeleton
		}
		m[w] = e
	}
	return m
}
