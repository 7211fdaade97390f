package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDiscordRendering feeds outside text through a response: every
// rendering must stay within Discord's limits and notify nobody.
func FuzzDiscordRendering(f *testing.F) {
	f.Add("Rockets *hit* @everyone", "<@123> [x](https://evil.example)", "https://news.example/a_(b)", "line\n# heading")
	f.Add(strings.Repeat("é", 300), strings.Repeat("_", 5000), "javascript:alert(1)", strings.Repeat("<@&1>", 500))
	f.Fuzz(func(t *testing.T, title, body, link, line string) {
		if !utf8.ValidString(title + body + link + line) {
			t.Skip("Discord only carries UTF-8")
		}
		r := Response{Title: title, Body: body, Footer: line}
		for range 30 {
			r.Items = append(r.Items, Item{Title: title, URL: link, Lines: []string{line, body}})
		}
		for _, ephemeral := range []bool{false, true} {
			r.Ephemeral = ephemeral
			for _, m := range r.Discord() {
				if err := m.Validate(); err != nil {
					t.Fatalf("rendering of %q, %q, %q, %q: %v", title, body, link, line, err)
				}
				for _, e := range m.Embeds {
					if strings.Contains(e.Description, "@everyone") || strings.Contains(e.Description, "<@") {
						t.Fatalf("a mention survived escaping: %q", e.Description)
					}
				}
			}
		}
		if err := errorMessage(body).Validate(); err != nil {
			t.Fatalf("errorMessage(%q): %v", body, err)
		}
	})
}

// FuzzParseClock: user-typed times either parse to a valid clock or fail.
func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"08:00", "7:05", "24:00", "12:60", " 23:59 ", "noon", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, m, err := parseClock(s)
		if err == nil && (h < 0 || h > 23 || m < 0 || m > 59) {
			t.Errorf("parseClock(%q) = %d:%d, out of range", s, h, m)
		}
	})
}

// FuzzAPIError: whatever Discord answers, reading the error never fails or
// yields a negative wait.
func FuzzAPIError(f *testing.F) {
	f.Add(429, `{"message":"slow down","retry_after":1.5,"global":true}`, "2")
	f.Add(500, `<html>oops</html>`, "")
	f.Add(429, `{"retry_after":-3}`, "-1")
	f.Fuzz(func(t *testing.T, status int, body, retryAfter string) {
		e := apiError("POST /x", status, map[string][]string{"Retry-After": {retryAfter}}, []byte(body))
		if e.RetryAfter < 0 || e.Status != status {
			t.Errorf("apiError(%d, %q, %q) = %+v", status, body, retryAfter, e)
		}
		_ = e.Error()
	})
}
