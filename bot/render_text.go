package bot

import (
	"strings"
)

// Text renders the response for a terminal.
func (r Response) Text() string {
	if r.Digest != nil {
		return r.Digest.Text()
	}
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title + "\n\n")
	}
	if r.Body != "" {
		b.WriteString(r.Body + "\n\n")
	}
	for _, it := range r.Items {
		b.WriteString("* " + it.Title + "\n")
		if it.URL != "" {
			b.WriteString("  " + it.URL + "\n")
		}
		for _, l := range it.Lines {
			b.WriteString("  " + l + "\n")
		}
		b.WriteByte('\n')
	}
	if r.Footer != "" {
		b.WriteString(r.Footer + "\n")
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}
