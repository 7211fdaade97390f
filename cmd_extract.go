package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sitrep/sitrep/digest"
	"github.com/sitrep/sitrep/internal/evaluate"
)

// cmdExtract prints the report of one article (FILE or stdin), or with
// --jsonl one result a line for JSON Lines {"id","published","text"}.
func cmdExtract(ctx context.Context, args []string, e env) error {
	fs := newFlags("extract", e)
	published := fs.String("published", "", "publication day `YYYY-MM-DD` (default: today)")
	jsonl := fs.Bool("jsonl", false, `read JSON Lines {"id","published","text"} on stdin, write one result a line`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *jsonl {
		return extractLines(ctx, e.stdin, e.stdout)
	}
	pub := time.Now().UTC()
	if *published != "" {
		d, err := digest.ParseDate(*published)
		if err != nil {
			return usageError{fmt.Errorf("extract: --published: %w", err)}
		}
		pub = d.Time
	}
	var in io.Reader = e.stdin
	name := "stdin"
	if fs.NArg() > 1 {
		return usageError{fmt.Errorf("extract: one FILE at most, got %d", fs.NArg())}
	}
	if fs.NArg() == 1 {
		name = fs.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer f.Close()
		in = f
	}
	text, err := io.ReadAll(io.LimitReader(in, maxArticle+1))
	if err != nil {
		return fmt.Errorf("extract: read %s: %w", name, err)
	}
	if len(text) > maxArticle {
		return fmt.Errorf("extract: %s: article over %d bytes", name, maxArticle)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(digest.Extract(string(text), pub))
}

// maxArticle bounds one article read by extract.
const maxArticle = 16 << 20

// lineResult is one --jsonl output line: the report, or an error.
type lineResult struct {
	ID    json.RawMessage `json:"id"`
	Error string          `json:"error,omitempty"`
	*digest.Report
}

// extractLines reads JSON Lines and writes one result per line in input
// order; a bad line yields {"id":…, "error":"…"} and the rest go on.
func extractLines(ctx context.Context, r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxArticle)
	out := bufio.NewWriter(w)
	enc := json.NewEncoder(out)
	line := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := enc.Encode(extractLine(sc.Bytes(), line)); err != nil {
			return fmt.Errorf("extract: write: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("extract: stdin line %d: %w", line+1, err)
	}
	return out.Flush()
}

func extractLine(b []byte, line int) lineResult {
	var in struct {
		ID        json.RawMessage `json:"id"`
		Published string          `json:"published"`
		Text      *string         `json:"text"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return lineResult{ID: json.RawMessage("null"), Error: fmt.Sprintf("line %d: not a JSON object: %v", line, err)}
	}
	if len(in.ID) == 0 {
		in.ID = json.RawMessage("null")
	}
	if in.Text == nil {
		return lineResult{ID: in.ID, Error: fmt.Sprintf("line %d: missing field text", line)}
	}
	pub, err := time.Parse(time.DateOnly, in.Published)
	if err != nil {
		// feeds give full timestamps too
		if t, err2 := time.Parse(time.RFC3339, in.Published); err2 == nil {
			pub, err = t, nil
		}
	}
	if err != nil {
		return lineResult{ID: in.ID, Error: fmt.Sprintf("line %d: field published %q: want YYYY-MM-DD", line, in.Published)}
	}
	rep := digest.Extract(*in.Text, pub)
	return lineResult{ID: in.ID, Report: &rep}
}

// cmdEval scores the extractor against a gold file in the corpus format.
func cmdEval(_ context.Context, args []string, e env) error {
	fs := newFlags("eval", e)
	strict := fs.Bool("strict", false, "keep only rows whose text states the gold number (meta.text_states_gold_number)")
	labelsFile := fs.String("labels", "", "score only the rows these hand labels name (JSON Lines {\"id\",\"gold\"}), against them")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{fmt.Errorf("eval: want one FILE.jsonl, got %d arguments", fs.NArg())}
	}
	opts := evaluate.Options{Strict: *strict}
	if *labelsFile != "" {
		lf, err := os.Open(*labelsFile)
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		opts.Labels, err = evaluate.ReadLabels(lf, *labelsFile)
		lf.Close()
		if err != nil {
			return err
		}
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	s, err := evaluate.Run(f, fs.Arg(0), opts)
	if err != nil {
		return err
	}
	s.Print(e.stdout)
	return nil
}
