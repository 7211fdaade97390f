package feeds

import "testing"

func TestPlainText(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"  Four civilians   were killed. ", "Four civilians were killed."},
		{"<p>Four killed.</p><p>Six wounded.</p>", "Four killed.\n\nSix wounded."},
		{"Shelling in Idlib &amp; Hama &#8211; update", "Shelling in Idlib & Hama – update"},
		{"Line one<br>line two<br/>line three", "Line one\nline two\nline three"},
		{"<script>var x = '<p>';</script><style>p{}</style><b>Bold</b> text", "Bold text"},
		{"<ul><li>Daraa</li><li>Homs</li></ul>", "Daraa\n\nHoms"},
		{"5 < 6 and 7 > 3", "5 < 6 and 7 > 3"},
		{"<p>unclosed <i>tags", "unclosed tags"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			if got := plainText(tt.in); got != tt.want {
				t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestWithTitle(t *testing.T) {
	t.Parallel()
	tests := []struct{ title, text, want string }{
		{"Shelling kills 7 in Douma", "Seven civilians were killed on Tuesday.", "Shelling kills 7 in Douma\nSeven civilians were killed on Tuesday."},
		{"Shelling kills 7 in Douma", "Shelling kills 7 in Douma\nSeven civilians were killed.", "Shelling kills 7 in Douma\nSeven civilians were killed."},
		{"  ", "Body only.", "Body only."},
	}
	for _, tt := range tests {
		if got := withTitle(tt.title, tt.text); got != tt.want {
			t.Errorf("withTitle(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}
