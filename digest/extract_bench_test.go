package digest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// corpusArticles reads the article texts of the shared corpus, or skips.
func corpusArticles(b *testing.B) []string {
	b.Helper()
	var texts []string
	for _, name := range []string{"articles-fakes.jsonl", "events-ucdp.jsonl"} {
		f, err := os.Open("../../shared/corpus/" + name)
		if err != nil {
			b.Skipf("../shared is not beside the checkout (%v): no corpus to measure", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var row struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				b.Fatalf("%s: %v", name, err)
			}
			texts = append(texts, row.Text)
		}
		f.Close()
	}
	return texts
}

// syntheticArticle is about size bytes of varied report text written for this benchmark.
func syntheticArticle(size int) string {
	places := []string{"Douma", "Maaret al-Numan", "Ariha", "Deir ez-Zor", "Afrin", "Tal Abyad", "Daraa", "Homs"}
	sides := []string{"civilians", "soldiers", "rebels", "Islamic State fighters", "people", "SDF fighters"}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "At least %d %s were killed and %d wounded in shelling on %s on Tuesday, the Observatory said. ",
			i%97+1, sides[i%len(sides)], i%31, places[i%len(places)])
		fmt.Fprintf(&b, "The fighting, which has displaced %d families since %d, continued near %s.\n", i*3%500, 2011+i%10, places[(i+3)%len(places)])
	}
	return b.String()
}

// BenchmarkExtract measures extraction speed in MB/s on real and synthetic
// articles and on adversarial inputs, each against a floor measured in the
// same run: splitting the same text into words (x_fields = extract time /
// strings.Fields time).
func BenchmarkExtract(b *testing.B) {
	pub := time.Date(2019, 12, 19, 0, 0, 0, 0, time.UTC)
	inputs := []struct {
		name  string
		texts func(b *testing.B) []string
	}{
		{"corpus", corpusArticles},
		{"synthetic-1MB", func(*testing.B) []string { return []string{syntheticArticle(1 << 20)} }},
		{"digits-1MB", func(*testing.B) []string { return []string{strings.Repeat("7", 1<<20)} }},
		{"one-word-1MB", func(*testing.B) []string { return []string{strings.Repeat("a", 1<<20)} }},
		{"50k-casualty-sentences", func(*testing.B) []string {
			return []string{strings.Repeat("At least 12 civilians were killed in Douma on Monday, the Observatory said. ", 50000)}
		}},
		{"50k-distinct-casualty-sentences", func(*testing.B) []string {
			var s strings.Builder
			for i := range 50000 {
				fmt.Fprintf(&s, "At least %d civilians were killed in Douma on Monday. ", i+1)
			}
			return []string{s.String()}
		}},
		{"1MB-one-sentence-of-tolls", func(*testing.B) []string {
			// no full stop: every figure shares one sentence, and its evidence
			var s strings.Builder
			for i := 0; s.Len() < 1<<20; i++ {
				fmt.Fprintf(&s, "since 2011 the war killed %d people and wounded %d others in Douma, ", i+5, i+3)
			}
			return []string{s.String()}
		}},
		{"50k-casualties-killed-or-wounded", func(*testing.B) []string {
			var s strings.Builder
			for i := range 50000 {
				fmt.Fprintf(&s, "%d casualties in shelling on Douma and %d people were killed or wounded in Saqba, while %d were injured. ", i+1, i+2, i%7+1)
			}
			return []string{s.String()}
		}},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			texts := in.texts(b)
			size := 0
			for _, t := range texts {
				size += len(t)
			}
			floor := timeOf(func() {
				for _, t := range texts {
					_ = strings.Fields(t)
				}
			})
			b.SetBytes(int64(size))
			b.ResetTimer()
			start := time.Now()
			for range b.N {
				for _, t := range texts {
					Extract(t, pub)
				}
			}
			per := time.Since(start) / time.Duration(b.N)
			b.ReportMetric(per.Seconds(), "s/op")
			b.ReportMetric(float64(per)/float64(floor), "x_fields")
		})
	}
}

// timeOf returns how long f takes, the best of three runs.
func timeOf(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return max(best, time.Nanosecond)
}
