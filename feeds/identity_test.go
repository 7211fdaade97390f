package feeds

import (
	"testing"
	"time"
)

func TestNormalizeLink(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"https://News.Example/a?b=2&a=1", "https://news.example/a?a=1&b=2"},
		{"HTTPS://news.example:443/a#comments", "https://news.example/a"},
		{"http://news.example:80", "http://news.example/"},
		{"http://news.example:8080/x", "http://news.example:8080/x"},
		{"https://news.example/a?utm_source=rss&utm_medium=feed&id=7", "https://news.example/a?id=7"},
		{"https://news.example/a?fbclid=IwAR0&gclid=x&UTM_Campaign=y", "https://news.example/a"},
		{"https://news.example/a?id=7&mc_cid=1&at_medium=RSS", "https://news.example/a?id=7"},
		{"https://news.example/a?", "https://news.example/a"},
		{"https://news.example/Case/Path?Q=Kept", "https://news.example/Case/Path?Q=Kept"},
		{"  https://news.example/a  ", "https://news.example/a"},
		{"/relative/path", "/relative/path"},
		{"not a url", "not a url"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := NormalizeLink(tt.in); got != tt.want {
				t.Errorf("NormalizeLink(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestItemHash(t *testing.T) {
	t.Parallel()
	day := time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		a, b [4]string // guid, link, title, date (RFC 3339 or "")
		same bool
	}{
		{"same GUID, different link", [4]string{"g1", "https://a.example/1", "T", ""}, [4]string{"g1", "https://a.example/2", "U", ""}, true},
		{"GUID wins over link", [4]string{"g1", "https://a.example/1", "", ""}, [4]string{"g2", "https://a.example/1", "", ""}, false},
		{"tracking params ignored", [4]string{"", "https://a.example/1?utm_source=x", "", ""}, [4]string{"", "https://A.example/1#top", "", ""}, true},
		{"different links", [4]string{"", "https://a.example/1", "", ""}, [4]string{"", "https://a.example/2", "", ""}, false},
		{"title and date", [4]string{"", "", "Shelling in Idlib", day.Format(time.RFC3339)}, [4]string{"", "", "Shelling in Idlib", day.Format(time.RFC3339)}, true},
		{"same title, other date", [4]string{"", "", "Shelling in Idlib", day.Format(time.RFC3339)}, [4]string{"", "", "Shelling in Idlib", day.Add(time.Hour).Format(time.RFC3339)}, false},
		{"GUID vs link of same text", [4]string{"https://a.example/1", "", "", ""}, [4]string{"", "https://a.example/1", "", ""}, false},
	}
	hash := func(f [4]string) string {
		var d time.Time
		if f[3] != "" {
			d, _ = time.Parse(time.RFC3339, f[3])
		}
		return itemHash(f[0], f[1], f[2], d, "text")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ha, hb := hash(tt.a), hash(tt.b)
			if (ha == hb) != tt.same {
				t.Errorf("itemHash(%q) == itemHash(%q) is %v, want %v", tt.a, tt.b, ha == hb, tt.same)
			}
			if len(ha) != 32 {
				t.Errorf("itemHash(%q) = %q, want 32 hex digits", tt.a, ha)
			}
		})
	}
}

func FuzzNormalizeLink(f *testing.F) {
	for _, s := range []string{
		"https://News.Example/a?b=2&a=1#x", "http://x.example:80", "https://x.example/?utm_source=a&fbclid=b&k=v",
		"/relative", "mailto:someone@example.org", "https://x.example/%zz?%zz=1;a=b", "", "  ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		once := NormalizeLink(raw)
		if twice := NormalizeLink(once); twice != once {
			t.Fatalf("NormalizeLink not idempotent: %q -> %q -> %q", raw, once, twice)
		}
	})
}
