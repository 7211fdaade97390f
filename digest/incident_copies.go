package digest

import (
	"cmp"
	"slices"
)

// copyGroup is an article and its syndicated copies (near-duplicate
// fingerprints): one report, every link.
type copyGroup struct {
	rep    int32    // the latest copy, whose report (with any updated toll) stands for all: an index into merger.arts
	links  []string // every distinct link, rep's first
	copies []Copy   // rep first, then the others in canonical order
}

// Copy is one outlet's run of a story.
type Copy struct {
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Link   string `json:"link"`
}

// compareArticles is the canonical order of articles: published, link, outlet,
// title, ID. Everything but the ID is the article's own content, so arrival
// order never decides.
func compareArticles(a, b *Article) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	if c := cmpStrings(a.Link, b.Link, a.Feed, b.Feed, a.Title, b.Title); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// selectArticles keeps the relevant articles with casualty figures, in
// canonical order, and interns the names of their figures.
func (m *merger) selectArticles(articles []Article) {
	type articleRef struct {
		pub int64
		a   *Article
	}
	var refs []articleRef
	for i := range articles {
		if a := &articles[i]; a.Report.Relevant && len(a.Report.Casualties) > 0 {
			refs = append(refs, articleRef{a.Published.UnixNano(), a})
		}
	}
	// Sort on the publication instant first, without following pointers.
	slices.SortFunc(refs, func(x, y articleRef) int {
		if x.pub != y.pub {
			return cmp.Compare(x.pub, y.pub)
		}
		return compareArticles(x.a, y.a)
	})
	m.arts = make([]*Article, len(refs))
	m.feeds = make([]int32, len(refs))
	m.figStart = make([]int32, len(refs)+1)
	for i, r := range refs {
		m.arts[i] = r.a
		m.feeds[i] = m.names.id(r.a.Feed)
		m.figStart[i+1] = m.figStart[i] + int32(len(r.a.Report.Casualties))
	}
	m.figs = make([]figureNames, 0, m.figStart[len(refs)])
	for _, a := range m.arts {
		for i := range a.Report.Casualties {
			c := &a.Report.Casualties[i]
			d := c.Date
			if d.IsZero() {
				d = DateOf(a.Published)
			}
			m.figs = append(m.figs, figureNames{
				day:  d.Unix() / 86400,
				side: m.names.id(string(c.Side)), gov: m.names.id(c.Governorate), place: m.names.id(c.Place), source: m.names.id(c.Source),
			})
		}
	}
}

// figureNames are the interned names of one casualty figure.
type figureNames struct {
	day                      int64 // the figure's day (or its article's), for finding copies
	side, gov, place, source int32 // spelling ids
}

// copyKey puts an article in a bucket of articles that could be copies of
// each other: they give a figure for the same side and place on the same day.
// Comparing fingerprints only within buckets (and with the next day's) keeps
// the work linear in the number of articles for a bounded number per place
// and day; sorting the keys, rather than hashing them, keeps the working set
// sequential however many places there are.
type copyKey struct {
	day              int64
	side, gov, place int32 // side spelling, folded governorate and place
	art              int32
}

func compareCopyKeys(a, b copyKey) int {
	return cmp.Or(cmp.Compare(a.side, b.side), cmp.Compare(a.gov, b.gov), cmp.Compare(a.place, b.place),
		cmp.Compare(a.day, b.day), cmp.Compare(a.art, b.art))
}

func sameCopyPlace(a, b copyKey) bool {
	return a.side == b.side && a.gov == b.gov && a.place == b.place
}

// groupCopies collapses near-duplicate articles into copy groups, in
// canonical order of their representatives. Links and copies are listed only
// when withCopies is set.
func (m *merger) groupCopies(withCopies bool) {
	keys := make([]copyKey, 0, len(m.figs))
	for i := range m.arts {
		for _, n := range m.figs[m.figStart[i]:m.figStart[i+1]] {
			keys = append(keys, copyKey{n.day, n.side, m.names.foldOf[n.gov], m.names.foldOf[n.place], int32(i)})
		}
	}
	slices.SortFunc(keys, compareCopyKeys)
	keys = slices.Compact(keys) // an article once per bucket
	fps := make([]uint64, len(m.arts))
	for i, a := range m.arts {
		fps[i] = a.Fingerprint
	}

	// Union-find whose root is always the lowest index of its set, so the
	// sets and their roots do not depend on the order of unions.
	parent := make([]int32, len(m.arts))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(i int32) int32 {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(i, j int32) {
		if ri, rj := find(i), find(j); ri != rj {
			parent[max(ri, rj)] = min(ri, rj)
		}
	}
	for start := 0; start < len(keys); {
		end := start + 1
		for end < len(keys) && sameCopyPlace(keys[end], keys[start]) && keys[end].day == keys[start].day {
			end++
		}
		later := end
		for later < len(keys) && sameCopyPlace(keys[later], keys[start]) && keys[later].day == keys[start].day+1 {
			later++
		}
		for x, k := range keys[start:end] {
			i := k.art
			for _, l := range keys[start+x+1 : later] {
				if j := l.art; i != j && NearDuplicate(fps[i], fps[j]) {
					union(i, j)
				}
			}
		}
		start = end
	}

	// A group's representative is its latest copy (the first in canonical
	// order among equals); groups come in the order of their representatives.
	rep := make([]int32, len(m.arts)) // by root
	root := parent                    // compressed in place below
	for i := range m.arts {
		r := find(int32(i))
		root[i] = r
		if r == int32(i) || m.arts[i].Published.After(m.arts[rep[r]].Published) {
			rep[r] = int32(i)
		}
	}
	m.groups = make([]copyGroup, 0, len(m.arts))
	for i, r := range root {
		if rep[r] == int32(i) {
			m.groups = append(m.groups, copyGroup{rep: int32(i)})
		}
	}
	if withCopies {
		m.listCopies(root, rep)
	}
}

// listCopies fills in the groups' copies and links. root[i] is the root of
// article i's group and rep[root] its representative.
func (m *merger) listCopies(root, rep []int32) {
	// Members of each set in canonical order, counting-sorted by root.
	start := make([]int32, len(m.arts)+1)
	for _, r := range root {
		start[r+1]++
	}
	for i := range len(m.arts) {
		start[i+1] += start[i]
	}
	members := make([]int32, len(m.arts))
	next := slices.Clone(start[:len(m.arts)])
	for i, r := range root {
		members[next[r]] = int32(i)
		next[r]++
	}
	copies := make([]Copy, 0, len(m.arts))
	links := make([]string, 0, len(m.arts))
	for g := range m.groups {
		grp := &m.groups[g]
		r := root[grp.rep]
		a := m.arts[grp.rep]
		c0, l0 := len(copies), len(links)
		copies = append(copies, Copy{Outlet: a.Feed, Title: a.Title, Link: a.Link})
		if a.Link != "" {
			links = append(links, a.Link)
		}
		for _, i := range members[start[r]:start[r+1]] {
			if i == rep[r] {
				continue
			}
			a := m.arts[i]
			copies = append(copies, Copy{Outlet: a.Feed, Title: a.Title, Link: a.Link})
			if a.Link != "" && !slices.Contains(links[l0:], a.Link) {
				links = append(links, a.Link)
			}
		}
		// Full slice expressions: an append by a caller never reaches the next group's.
		grp.copies = copies[c0:len(copies):len(copies)]
		grp.links = links[l0:len(links):len(links)]
	}
}
