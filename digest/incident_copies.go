package digest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
)

// copyGroup is an article and its syndicated copies (near-duplicate
// fingerprints): one report, every link.
type copyGroup struct {
	rep int32 // the latest copy, whose report (with any updated toll) stands for all: an index into merger.arts
	// What its sources show, once listed (see listCopies): every copy (rep
	// first, then the others in canonical order) in merger.copies, every
	// distinct link (rep's first) in merger.links, and rep's ID, outlet,
	// title and date, kept here so listing a source reads one group.
	copyStart, copyEnd, linkStart, linkEnd int32
	id                                     int64
	outlet, title                          string
	published                              time.Time
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

// reportArticle is what merging reads of one relevant article with figures, kept
// in flat slices so that later passes need not chase the caller's articles.
type reportArticle struct {
	a        *Article
	pub      int64 // Published as Unix nanoseconds, the first sort key
	pubSec   int64 // Published, exactly
	pubNsec  int32
	feed     int32 // spelling id
	figStart int32 // its figures are merger.figs[figStart:figEnd]
	figEnd   int32
	sel      int32 // its place among the selected articles in the caller's order
	fp       uint64
}

// reportFigure is what merging reads of one casualty figure.
type reportFigure struct {
	c                        *Casualty
	sec                      int64 // its day, or its article's, as an instant
	count, top               int   // its count, and the top of its range (or the count)
	nsec                     int32
	side, gov, place, source int32 // spelling ids
	kind                     uint8 // 0 killed, 1 wounded, 2 neither (never merged)
	vague                    bool
	qualifierRank            uint8
}

// selectArticles keeps the relevant articles with casualty figures, in
// canonical order, and reads their figures and names. Reading the figures,
// which interns names, runs alongside sorting the articles, which reads
// none.
func (m *merger) selectArticles(articles []Article) {
	n := 0
	for i := range articles {
		if r := &articles[i].Report; r.Relevant && len(r.Casualties) > 0 {
			n++
		}
	}
	sel := make([]reportArticle, 0, n)
	for i := range articles {
		a := &articles[i]
		if !a.Report.Relevant || len(a.Report.Casualties) == 0 {
			continue
		}
		sel = append(sel, reportArticle{a: a, pub: a.Published.UnixNano(), pubSec: a.Published.Unix(), pubNsec: int32(a.Published.Nanosecond()),
			fp: a.Fingerprint, sel: int32(len(sel))})
	}
	feeds := make([]int32, len(sel)) // by selection order
	var figStart []int32             // likewise
	var wg sync.WaitGroup
	wg.Go(func() { figStart = m.readFigures(articles, feeds) })
	m.sortArticles(sel)
	wg.Wait()
	// Later passes read the figures in canonical order: put them in it.
	figs := make([]reportFigure, len(m.figs))
	end := int32(0)
	for i := range m.arts {
		at := &m.arts[i]
		at.feed, at.figStart = feeds[at.sel], end
		end += int32(copy(figs[end:], m.figs[figStart[at.sel]:figStart[at.sel+1]]))
		at.figEnd = end
	}
	m.figs = figs
}

// sortArticles puts sel in canonical order, as m.arts.
func (m *merger) sortArticles(sel []reportArticle) {
	// Sort on the publication instant first (Unix nanoseconds, as two
	// halves, the sign flipped so they order as unsigned), then break ties by
	// content.
	hi, lo := make([]uint32, len(sel)), make([]uint32, len(sel))
	for i, at := range sel {
		u := uint64(at.pub) ^ 1<<63
		hi[i], lo[i] = uint32(u>>32), uint32(u)
	}
	m.arts = sel
	permute(m.arts, m.radix.order(len(sel), hi, lo))
	// Links usually differ, and right after the prefix a run of ties
	// shares: an integer of the bytes there orders most pairs without
	// reading either link again.
	type tie struct {
		key  uint64
		link string
		i    int32
	}
	var ties []tie
	var run []reportArticle
	for start := 0; start < len(m.arts); {
		end := start + 1
		for end < len(m.arts) && m.arts[end].pub == m.arts[start].pub {
			end++
		}
		if end-start > 1 {
			ties, run = ties[:0], append(run[:0], m.arts[start:end]...)
			common := len(run[0].a.Link)
			for k := range run {
				link := run[k].a.Link
				common = commonPrefix(link[:min(common, len(link))], run[0].a.Link)
				ties = append(ties, tie{link: link, i: int32(k)})
			}
			for k := range ties {
				ties[k].key = bytesAt(ties[k].link, common)
			}
			slices.SortFunc(ties, func(x, y tie) int {
				if x.key != y.key {
					return cmp.Compare(x.key, y.key)
				}
				if x.link != y.link {
					return strings.Compare(x.link, y.link)
				}
				return compareArticles(run[x.i].a, run[y.i].a)
			})
			for k, t := range ties {
				m.arts[start+k] = run[t.i]
			}
		}
		start = end
	}
}

// commonPrefix is the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// bytesAt is the eight bytes of s from i, big-endian, zero past its end:
// where two strings share their first i bytes and these integers differ,
// they order as the strings do.
func bytesAt(s string, i int) uint64 {
	var k uint64
	for j := i; j < i+8; j++ {
		k <<= 8
		if j < len(s) {
			k |= uint64(s[j])
		}
	}
	return k
}

// readFigures reads the figures of the relevant articles with figures, in
// their own (selection) order, into m.figs, and interns their outlets into
// feeds. It returns where each article's figures start, and the end.
func (m *merger) readFigures(articles []Article, feeds []int32) []int32 {
	start := make([]int32, 0, len(feeds)+1)
	n := int32(0)
	for i := range articles {
		if r := &articles[i].Report; r.Relevant && len(r.Casualties) > 0 {
			start = append(start, n)
			n += int32(len(r.Casualties))
		}
	}
	start = append(start, n)
	m.figs = make([]reportFigure, n)
	var last lastNames
	k := 0
	for i := range articles {
		a := &articles[i]
		if !a.Report.Relevant || len(a.Report.Casualties) == 0 {
			continue
		}
		feeds[k] = m.names.id(a.Feed)
		figs := m.figs[start[k]:]
		k++
		for j := range a.Report.Casualties {
			figs[j] = m.readFigure(&a.Report.Casualties[j], a, &last)
		}
	}
	return start
}

// lastNames are the names of the figure read last, with their ids: the
// figures of one article, and often of the next, repeat them.
type lastNames struct {
	side, gov, place, source lastName
}

// readFigure reads casualty c of article a.
func (m *merger) readFigure(c *Casualty, a *Article, last *lastNames) reportFigure {
	f := reportFigure{c: c, count: c.Count, top: c.Count, kind: 2, vague: c.Qualifier == Vague, qualifierRank: uint8(qualifierRank(c.Qualifier)),
		side: m.names.idAfter(string(c.Side), &last.side), gov: m.names.idAfter(c.Governorate, &last.gov),
		place: m.names.idAfter(c.Place, &last.place), source: m.names.idAfter(c.Source, &last.source)}
	if c.High != nil {
		f.top = max(f.top, *c.High)
	}
	switch c.Kind {
	case Killed:
		f.kind = 0
	case Wounded:
		f.kind = 1
	}
	d := entryDate(c, a)
	f.sec, f.nsec = d.Unix(), int32(d.Nanosecond())
	return f
}

// entryDate is the figure's day, or its article's.
func entryDate(c *Casualty, a *Article) Date {
	if c.Date.IsZero() {
		return DateOf(a.Published)
	}
	return c.Date
}

// groupCopies collapses near-duplicate articles into copy groups, in
// canonical order of their representatives. It returns each article's
// group root and each root's representative, for listCopies.
//
// Articles that could be copies of each other give a figure for the same
// side and place on the same day: comparing fingerprints only within such
// buckets (and with the next day's) keeps the work linear in the number of
// articles for a bounded number per place and day. Buckets are found by
// sorting, not hashing, so the working set stays sequential however many
// places there are.
func (m *merger) groupCopies() (root, rep []int32) {
	var n int
	for _, at := range m.arts {
		n += int(at.figEnd - at.figStart)
	}
	arts := make([]int32, 0, n)
	side, gov, place, days := make([]uint32, 0, n), make([]uint32, 0, n), make([]uint32, 0, n), make([]int64, 0, n)
	for i, at := range m.arts {
		for _, f := range m.figs[at.figStart:at.figEnd] {
			arts = append(arts, int32(i))
			side = append(side, uint32(f.side))
			gov = append(gov, uint32(m.names.foldOf[f.gov]))
			place = append(place, uint32(m.names.foldOf[f.place]))
			days = append(days, f.sec/86400)
		}
	}
	day := denseRanks(days)
	// The keys in bucket order, gathered once so the pass over buckets reads
	// them in sequence.
	type copyKey struct {
		side, gov, place uint32
		art              int32
		day              int64
		fp               uint64
	}
	keys := make([]copyKey, n)
	for x, k := range m.radix.order(n, side, gov, place, day) {
		keys[x] = copyKey{side[k], gov[k], place[k], arts[k], days[k], m.arts[arts[k]].fp}
	}
	sameBucket := func(x, y *copyKey) bool { return x.side == y.side && x.gov == y.gov && x.place == y.place }

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
	for start := 0; start < n; {
		first := &keys[start]
		end := start + 1
		for end < n && sameBucket(&keys[end], first) && keys[end].day == first.day {
			end++
		}
		later := end
		for later < n && sameBucket(&keys[later], first) && keys[later].day == first.day+1 {
			later++
		}
		for x := start; x < end; x++ {
			kx := &keys[x]
			for y := x + 1; y < later; y++ {
				if ky := &keys[y]; kx.art != ky.art && NearDuplicate(kx.fp, ky.fp) {
					if ri, rj := find(kx.art), find(ky.art); ri != rj {
						parent[max(ri, rj)] = min(ri, rj)
					}
				}
			}
		}
		start = end
	}

	// A group's representative is its latest copy (the first in canonical
	// order among equals); groups come in the order of their representatives.
	rep = make([]int32, len(m.arts)) // by root
	root = parent                    // compressed in place below
	for i := range m.arts {
		r := find(int32(i))
		root[i] = r
		if r == int32(i) || m.arts[i].after(&m.arts[rep[r]]) {
			rep[r] = int32(i)
		}
	}
	m.groups = make([]copyGroup, 0, len(m.arts))
	for i, r := range root {
		if rep[r] == int32(i) {
			m.groups = append(m.groups, copyGroup{rep: int32(i)})
		}
	}
	return root, rep
}

// after reports whether a was published after b.
func (a *reportArticle) after(b *reportArticle) bool {
	return a.pubSec > b.pubSec || a.pubSec == b.pubSec && a.pubNsec > b.pubNsec
}

// listCopies fills in what the groups' sources show: their copies, links
// and representatives' outlet, title, date and ID. root[i] is the root of
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
		a := m.arts[grp.rep].a
		grp.outlet, grp.title, grp.published, grp.id = a.Feed, a.Title, a.Published, a.ID
		c0, l0 := len(copies), len(links)
		copies = append(copies, Copy{Outlet: a.Feed, Title: a.Title, Link: a.Link})
		if a.Link != "" {
			links = append(links, a.Link)
		}
		for _, i := range members[start[r]:start[r+1]] {
			if i == rep[r] {
				continue
			}
			a := m.arts[i].a
			copies = append(copies, Copy{Outlet: a.Feed, Title: a.Title, Link: a.Link})
			if a.Link != "" && !slices.Contains(links[l0:], a.Link) {
				links = append(links, a.Link)
			}
		}
		grp.copyStart, grp.copyEnd = int32(c0), int32(len(copies))
		grp.linkStart, grp.linkEnd = int32(l0), int32(len(links))
	}
	m.copies, m.links = copies, links
}
