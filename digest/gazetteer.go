package digest

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// gazetteerTSV is derived from ../shared/gazetteer by internal/gengazetteer
// (GeoNames and UCDP GED, both CC BY 4.0).
//
//go:generate go run ../internal/gengazetteer -in ../../shared/gazetteer/syria-places.tsv -out gazetteer.tsv
//go:embed gazetteer.tsv
var gazetteerTSV string

// Governorates lists Syria's 14 governorates by the names reports use.
var Governorates = []string{
	"Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus", "Rif Dimashq",
	"Daraa", "As-Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Al-Hasakah",
}

// gazEntry is one place of the gazetteer.
type gazEntry struct {
	name        string
	governorate string
	kind        string
	lat, lon    float64
	events      int
	variants    []string
}

// wellKnown returns the candidate with many more recorded events than every
// other: at least 20, and five times the next.
func (g *Gazetteer) wellKnown(ids []int32) (int32, bool) {
	best, next := int32(-1), 0
	for _, id := range ids {
		switch n := g.entries[id].events; {
		case best < 0 || n > g.entries[best].events:
			if best >= 0 {
				next = max(next, g.entries[best].events)
			}
			best = id
		default:
			next = max(next, n)
		}
	}
	if best < 0 || g.entries[best].events < 20 || g.entries[best].events < 5*next {
		return 0, false
	}
	return best, true
}

func (e *gazEntry) place(name string) Place {
	return Place{Name: name, Governorate: e.governorate, Lat: e.lat, Lon: e.lon}
}

// specificity ranks kinds so that a figure takes the most specific place.
func (e *gazEntry) specificity() int {
	switch e.kind {
	case "governorate":
		return 0
	case "region":
		return 1
	case "city", "town", "village", "camp", "neighbourhood":
		return 3
	}
	return 2
}

// Gazetteer finds Syrian places in text and resolves each to a governorate.
type Gazetteer struct {
	entries []gazEntry
	// byName maps a folded variant (and its article-less and squashed
	// forms) to the places that carry it, most reported first.
	byName map[string][]int32
	// bySkeleton maps skeleton keys (see skeleton) to places, the fallback
	// for spellings no variant lists.
	bySkeleton map[string][]int32
	govEntries map[string]int32 // each governorate's own row
	// prefixes and skelPrefixes hold every leading run of words of the
	// keys of byName and bySkeleton, so a scan stops as soon as no name
	// can continue.
	prefixes, skelPrefixes *wordTable
	maxTokens              int
	// completion holds every folded variant, sorted, for prefix search.
	completion []completionKey
}

type completionKey struct {
	key   string
	entry int32
}

var defaultGazetteer = sync.OnceValue(func() *Gazetteer { return parseGazetteer(gazetteerTSV) })

// DefaultGazetteer returns the embedded gazetteer. It is immutable and safe
// for concurrent use.
func DefaultGazetteer() *Gazetteer { return defaultGazetteer() }

// articles are the Arabic article's transliterations that spellings add or drop.
var articles = map[string]bool{"al": true, "el": true, "ar": true, "as": true, "ad": true, "at": true, "ash": true, "az": true, "an": true}

func parseGazetteer(tsv string) *Gazetteer {
	g := &Gazetteer{byName: map[string][]int32{}, bySkeleton: map[string][]int32{}, govEntries: map[string]int32{}}
	for line := range strings.SplitSeq(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			continue // the table is generated; a short row is a truncated file
		}
		lat, _ := strconv.ParseFloat(f[3], 64)
		lon, _ := strconv.ParseFloat(f[4], 64)
		events, _ := strconv.Atoi(f[5])
		if f[2] == "governorate" {
			if _, dup := g.govEntries[f[1]]; !dup {
				g.govEntries[f[1]] = int32(len(g.entries))
			}
		}
		g.entries = append(g.entries, gazEntry{
			name: f[0], governorate: f[1], kind: f[2], lat: lat, lon: lon, events: events,
			variants: strings.Split(f[6], "|"),
		})
	}
	seen := map[string]map[int32]bool{}
	add := func(key string, i int32) {
		if len(key) < 4 {
			return
		}
		if seen[key] == nil {
			seen[key] = map[int32]bool{}
		}
		if seen[key][i] {
			return
		}
		seen[key][i] = true
		g.byName[key] = append(g.byName[key], i)
		if n := strings.Count(key, " ") + 1; n > g.maxTokens {
			g.maxTokens = n
		}
	}
	for i := range g.entries {
		e := &g.entries[i]
		for _, v := range e.variants {
			k := fold(v)
			if k == "" {
				continue
			}
			add(k, int32(i))
			g.completion = append(g.completion, completionKey{k, int32(i)})
			first, rest, ok := strings.Cut(k, " ")
			if ok && articles[first] && len(rest) >= 5 {
				add(rest, int32(i))
			}
			// the news drops an inner article too: "Maarrat Masrin", "Jisr Shughur"
			if inner := withoutInnerArticles(k); inner != k {
				add(inner, int32(i))
			}
			if sq := squash(k); sq != k && len(sq) >= 6 {
				add(sq, int32(i))
			}
			if sk := skeleton(k); len(sk) >= 4 {
				g.bySkeleton[sk] = appendOnce(g.bySkeleton[sk], int32(i))
			}
		}
	}
	g.prefixes = newStringSet(g.sortAndPrefix(g.byName))
	g.skelPrefixes = newStringSet(g.sortAndPrefix(g.bySkeleton))
	sort.Slice(g.completion, func(a, b int) bool {
		if g.completion[a].key != g.completion[b].key {
			return g.completion[a].key < g.completion[b].key
		}
		return g.better(g.completion[a].entry, g.completion[b].entry)
	})
	return g
}

// withoutInnerArticles drops the articles between a name's first and last words.
func withoutInnerArticles(k string) string {
	words := strings.Fields(k)
	if len(words) < 3 {
		return k
	}
	kept := words[:1]
	for _, w := range words[1 : len(words)-1] {
		if !articles[w] {
			kept = append(kept, w)
		}
	}
	return strings.Join(append(kept, words[len(words)-1]), " ")
}

// sortAndPrefix orders each key's places (see better) and returns every
// leading run of words of the keys.
func (g *Gazetteer) sortAndPrefix(index map[string][]int32) map[string]bool {
	prefixes := map[string]bool{}
	for k, ids := range index {
		for i := range len(k) {
			if k[i] == ' ' {
				prefixes[k[:i]] = true
			}
		}
		prefixes[k] = true
		sort.SliceStable(ids, func(a, b int) bool { return g.better(ids[a], ids[b]) })
	}
	return prefixes
}

// better orders places that share a name: the one in the news more often,
// then the more populous kind, then the table's order.
func (g *Gazetteer) better(a, b int32) bool {
	ea, eb := &g.entries[a], &g.entries[b]
	if ea.events != eb.events {
		return ea.events > eb.events
	}
	if ea.specificity() != eb.specificity() {
		return ea.specificity() > eb.specificity()
	}
	return a < b
}

// Lookup resolves a place name in any known spelling; an ambiguous name
// resolves to the place most often in the news.
func (g *Gazetteer) Lookup(name string) (Place, bool) {
	ids := g.lookupIDs(name)
	if len(ids) == 0 {
		return Place{}, false
	}
	e := &g.entries[ids[0]]
	return e.place(e.name), true
}

func (g *Gazetteer) lookupIDs(name string) []int32 {
	k := fold(name)
	if ids := g.byName[k]; len(ids) > 0 {
		return ids
	}
	if ids := g.byName[squash(k)]; len(ids) > 0 {
		return ids
	}
	return g.bySkeleton[skeleton(k)]
}

func appendOnce(ids []int32, id int32) []int32 {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// Complete returns up to limit places whose name or a spelling variant starts
// with prefix, the most reported first; each place appears once, under the
// spelling that matched.
func (g *Gazetteer) Complete(prefix string, limit int) []Place {
	p := fold(prefix)
	if p == "" || limit <= 0 {
		return nil
	}
	start := sort.Search(len(g.completion), func(i int) bool { return g.completion[i].key >= p })
	type hit struct {
		entry int32
		name  string
	}
	var hits []hit
	seen := map[int32]bool{}
	for i := start; i < len(g.completion) && strings.HasPrefix(g.completion[i].key, p); i++ {
		c := g.completion[i]
		if seen[c.entry] {
			continue
		}
		seen[c.entry] = true
		hits = append(hits, hit{c.entry, g.variantFor(c.entry, c.key)})
	}
	sort.SliceStable(hits, func(a, b int) bool { return g.better(hits[a].entry, hits[b].entry) })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Place, len(hits))
	for i, h := range hits {
		out[i] = g.entries[h.entry].place(h.name)
	}
	return out
}

// variantFor returns the spelling of entry whose folded form is key, so a
// suggestion reads the way the user typed it.
func (g *Gazetteer) variantFor(entry int32, key string) string {
	e := &g.entries[entry]
	for _, v := range e.variants {
		if fold(v) == key {
			return v
		}
	}
	return e.name
}

// governorateEntry returns the governorate row of the named governorate.
func (g *Gazetteer) governorateEntry(gov string) (int32, bool) {
	id, ok := g.govEntries[gov]
	return id, ok
}
