package digest

import (
	"strings"
	"testing"
)

// naiveIndex is the search patterns.index replaces: each pattern looked for
// in a lower-cased copy. Only ASCII is lower-cased, as index does.
func naiveIndex(list []string, s string) int {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	low := string(b)
	best := -1
	for _, p := range list {
		if i := strings.Index(low, p); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

func TestPatternsIndex(t *testing.T) {
	t.Parallel()
	ps := newPatterns("disclaimer:", "all rights reserved", "you’ve reached your limit", appearedFirstOn)
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"di", -1},
		{"Twelve were killed. DISCLAIMER: text", 20},
		{"killed.disclaimer:", 7},
		{"All Rights Reserved", 0},
		{"YOU’VE REACHED YOUR LIMIT", 0},
		{"The post X appeared first on Y", 11},
		{"disclaimer", -1},
	} {
		if got, _ := ps.index(c.in); got != c.want {
			t.Errorf("index(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func FuzzPatternsIndex(f *testing.F) {
	for _, s := range []string{"Disclaimer: x", "all rights reserveD", "xx related news", "The post a appeared first on b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := first(lineMarkers.index(s)), naiveIndex(lineMarkers.list, s); got != want {
			t.Fatalf("index(%q) = %d, a plain search finds %d", s, got, want)
		}
	})
}

func first(i, _ int) int { return i }

// FuzzCollapseSpace checks the fast test for white space against the plain
// definition: fields joined by one space.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u2009b", "a’b", "a\u3000b", "plain words", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
