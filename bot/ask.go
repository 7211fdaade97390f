package bot

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Ask answers one command from the shell with the same logic the bot runs:
// args are the command name, its options as flags, and the value of its
// required option (or first string option) as plain words, e.g.
// ["latest", "--count", "5"] or ["where", "Douma"]. It writes the text rendering.
func Ask(ctx context.Context, cfg Config, deps Deps, args []string, w io.Writer) error {
	h, err := NewHandler(cfg, deps, nil)
	if err != nil {
		return err
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		return askUsage(w)
	}
	name := strings.TrimPrefix(args[0], "/")
	var cmd *Command
	for _, c := range Commands() {
		if c.Name == name {
			cmd = &c
			break
		}
	}
	if cmd == nil {
		return fmt.Errorf("bot: ask: unknown command %q (ask help lists them)", name)
	}
	req, err := askRequest(*cmd, args[1:])
	if err != nil {
		return err
	}
	resp, err := h.Handle(ctx, req)
	if err != nil {
		return fmt.Errorf("bot: ask %s: %w", name, err)
	}
	_, err = io.WriteString(w, resp.Text())
	return err
}

// askRequest parses a command's options from flags and positional words.
func askRequest(cmd Command, args []string) (Request, error) {
	fs := flag.NewFlagSet(cmd.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	strs, ints, bools := map[string]*string{}, map[string]*int{}, map[string]*bool{}
	positional := ""
	for _, o := range cmd.Options {
		switch o.Type {
		case optString:
			strs[o.Name] = fs.String(o.Name, "", o.Description)
			if positional == "" || o.Required {
				positional = o.Name
			}
		case optInteger:
			ints[o.Name] = fs.Int(o.Name, 0, o.Description)
		case optBoolean:
			bools[o.Name] = fs.Bool(o.Name, false, o.Description)
		}
	}
	if err := fs.Parse(args); err != nil {
		return Request{}, fmt.Errorf("bot: ask %s: %w (options: %s)", cmd.Name, err, optionNames(cmd))
	}
	req := Request{Command: cmd.Name, Options: map[string]any{}}
	fs.Visit(func(f *flag.Flag) {
		switch {
		case strs[f.Name] != nil:
			req.Options[f.Name] = *strs[f.Name]
		case ints[f.Name] != nil:
			req.Options[f.Name] = int64(*ints[f.Name])
		case bools[f.Name] != nil:
			req.Options[f.Name] = *bools[f.Name]
		}
	})
	if rest := strings.Join(fs.Args(), " "); rest != "" {
		if positional == "" {
			return Request{}, fmt.Errorf("bot: ask %s: unexpected %q: this command takes no words", cmd.Name, rest)
		}
		req.Options[positional] = rest
	}
	for _, o := range cmd.Options {
		if _, ok := req.Options[o.Name]; o.Required && !ok {
			return Request{}, fmt.Errorf("bot: ask %s: %s is required, e.g. ask %s Douma", cmd.Name, o.Name, cmd.Name)
		}
	}
	return req, nil
}

func optionNames(cmd Command) string {
	if len(cmd.Options) == 0 {
		return "none"
	}
	var names []string
	for _, o := range cmd.Options {
		names = append(names, "--"+o.Name)
	}
	return strings.Join(names, " ")
}

func askUsage(w io.Writer) error {
	var b strings.Builder
	b.WriteString("usage: ask COMMAND [--option value ...] [words]\n\n")
	for _, c := range Commands() {
		fmt.Fprintf(&b, "  %-14s %s\n", c.Name, c.Description)
		if len(c.Options) > 0 {
			fmt.Fprintf(&b, "  %-14s options: %s\n", "", optionNames(c))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
