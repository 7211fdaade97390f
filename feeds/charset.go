package feeds

import (
	"bytes"
	"mime"
	"regexp"
	"strings"

	"golang.org/x/net/html/charset"
)

// xmlDeclEncoding matches an XML declaration that names its encoding.
var xmlDeclEncoding = regexp.MustCompile(`^<\?xml[^>]*\bencoding\s*=`)

// feedUTF8 returns a feed body in UTF-8 when only the HTTP Content-Type
// names its charset. A body with a byte order mark or an XML declaration
// that names an encoding is left alone: the parser decodes it itself, and
// the document's own word wins over the header's.
func feedUTF8(body []byte, contentType string) []byte {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return body
	}
	label := strings.ToLower(strings.TrimSpace(params["charset"]))
	if label == "" || label == "utf-8" || label == "utf8" || label == "us-ascii" {
		return body
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(trimmed, []byte("\xfe\xff")) ||
		bytes.HasPrefix(trimmed, []byte("\xff\xfe")) || xmlDeclEncoding.Match(trimmed) {
		return body
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return body // an unknown label: let the parser try the bytes as they are
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return body
	}
	return out
}
