package digest

import (
	"encoding/json"
	"fmt"
)

// JSON renders the digest with every incident's sources, their roles and
// evidence sentences, so each number can be traced. Top-level "totals" and
// "incidents" are a contract; "change" is the difference from "previous".
func (d Digest) JSON() ([]byte, error) {
	out, err := json.MarshalIndent(struct {
		Digest
		Change Totals `json:"change"`
	}{d, d.Change()}, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("digest: render json: %w", err)
	}
	return append(out, '\n'), nil
}
