package digest

import (
	"fmt"
	"math/rand/v2"
	"time"
)

var syntheticGovernorates = []string{"Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Damascus",
	"Rif Dimashq", "Daraa", "As-Suwayda", "Quneitra", "Deir ez-Zor", "Raqqa", "Al-Hasakah"}

var syntheticOutlets = []string{"Wire Daily", "Gulf Herald", "Levant Post", "State Wire", "Evening Ledger", "Border Monitor"}

var syntheticSources = []string{"Syrian Observatory for Human Rights", "SANA", "White Helmets", ""}

// syntheticArticles makes n articles published in the week from start, about
// three per incident: syndicated copies (near-duplicate fingerprints),
// restatements, updated tolls from the same source and conflicting figures
// from others, some vague, some wounded. The number of places grows with n,
// as real coverage does, so reports per place and day stay bounded. Outside
// text carries markdown and would-be mentions, to exercise escaping.
func syntheticArticles(n int, seed uint64, start time.Time) []Article {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	places := max(n/8, 4)
	out := make([]Article, 0, n)
	for i := range n {
		inc := i / 3
		ir := rand.New(rand.NewPCG(seed, uint64(inc)))
		place := ir.IntN(places)
		gov := syntheticGovernorates[place%len(syntheticGovernorates)]
		side := Sides[ir.IntN(len(Sides))]
		day := start.Add(time.Duration(ir.IntN(7)) * 24 * time.Hour)
		base := 1 + ir.IntN(60)
		wire := ir.Uint64() | 1
		source := syntheticSources[ir.IntN(len(syntheticSources))]

		c := Casualty{
			Kind: Killed, Count: base, Qualifier: Exact, Side: side, Label: "people",
			Place: fmt.Sprintf("Place %d", place), Governorate: gov, Date: DateOf(day), Source: source,
		}
		fp := wire
		switch r.IntN(6) {
		case 0: // a syndicated copy of the wire story
			fp ^= 1 << r.IntN(64)
		case 1: // the same source's updated toll
			c.Count += 1 + r.IntN(10)
			fp = r.Uint64()
		case 2: // another source's figure
			c.Source = syntheticSources[r.IntN(len(syntheticSources))]
			c.Count = max(1, base-r.IntN(base/2+1))
			fp = r.Uint64()
		case 3: // vague
			c.Count, c.Qualifier = 24, Vague
			fp = r.Uint64()
		case 4: // approximate
			c.Qualifier = Approximate
			fp = r.Uint64()
		}
		c.Evidence = fmt.Sprintf("%d %s were killed in *Place %d* — said @everyone <@%d> [link](x) #%d", c.Count, c.Label, place, i, i)
		cs := []Casualty{c}
		if r.IntN(4) == 0 {
			w := c
			w.Kind, w.Count, w.Qualifier = Wounded, 2*base, AtLeast
			cs = append(cs, w)
		}
		pub := day.Add(time.Duration(r.IntN(24*60)) * time.Minute)
		out = append(out, Article{
			ID:          int64(i + 1),
			Feed:        syntheticOutlets[r.IntN(len(syntheticOutlets))],
			Title:       fmt.Sprintf("Report %d from Place %d_%s <#%d>", i, place, gov, i),
			Link:        fmt.Sprintf("https://news.example/%d/%d", inc, i),
			Published:   pub,
			FirstSeen:   pub,
			Fingerprint: fp,
			Report:      Report{Relevant: r.IntN(20) != 0, Published: DateOf(pub), Casualties: cs},
		})
	}
	return out
}
