package digest

import (
	"strings"
	"testing"
	"time"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"26", "1,200", "twenty-five", "a dozen", "two dozen", "at least 26", "10 to 15",
		"between 10 and 15", "dozens", "٣٥", "more than 1,000,000,000,000", "a man", "half a dozen", "two hundred and fifty"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		count, high, q, ok := ParseNumber(s)
		if !ok {
			return
		}
		if count < 0 || high < 0 {
			t.Fatalf("ParseNumber(%q) = %d, %d: negative", s, count, high)
		}
		if q == Range && high <= count {
			t.Fatalf("ParseNumber(%q) = range %d to %d", s, count, high)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, tc := range extractCases {
		f.Add(tc.text)
	}
	f.Add("<p>At least 5 &amp; <b>7</b> were killed</p><script>x</script> in Douma.")
	f.Add(strings.Repeat("9", 5000) + " people were killed in Idlib.")
	pub := time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, article string) {
		r := Extract(article, pub)
		cleaned := Clean(article)
		for _, p := range []*int{r.Killed, r.Wounded, r.KilledCivilians} {
			if p != nil && *p < 0 {
				t.Fatalf("Extract(%q): negative total %d", article, *p)
			}
		}
		for _, c := range r.Casualties {
			if c.Count < 0 || c.High != nil && *c.High < c.Count {
				t.Fatalf("Extract(%q): bad figure %+v", article, c)
			}
			if !strings.Contains(cleaned, c.Evidence) {
				t.Fatalf("Extract(%q): evidence %q is not in the cleaned text", article, c.Evidence)
			}
		}
		for _, c := range r.Cumulative {
			if c.Count < 0 || !strings.Contains(cleaned, c.Evidence) {
				t.Fatalf("Extract(%q): bad cumulative %+v", article, c)
			}
		}
	})
}
