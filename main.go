// Command sitrep polls news feeds about the war in Syria, extracts who was
// killed or wounded, where, when and according to whom, merges the reports
// of one incident, and posts daily digests to Discord — or prints them in
// the terminal when no DISCORD_TOKEN is set.
//
// Usage:
//
//	sitrep [run] [--config FILE]           the daemon: poll on schedule, post digests
//	sitrep poll [--config FILE]            poll every feed once and print new reports
//	sitrep digest [--config FILE] [--since 24h] [--format text|markdown|json|discord]
//	sitrep extract [--published YYYY-MM-DD] [--jsonl] [FILE]
//	sitrep eval [--strict] FILE.jsonl
//	sitrep ask [--config FILE] COMMAND     answer a bot command in the terminal
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// env is what a command may read of the process: its streams and environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	if err := run(ctx, os.Args[1:], e); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "sitrep:", err)
		}
		os.Exit(exitCode(err))
	}
}

// usageError marks a mistake in the command line (exit status 2).
type usageError struct{ error }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// run dispatches a command line; tests call it directly.
func run(ctx context.Context, args []string, e env) error {
	cmd := "run"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "run":
		return cmdRun(ctx, args, e)
	case "poll":
		return cmdPoll(ctx, args, e)
	case "digest":
		return cmdDigest(ctx, args, e)
	case "extract":
		return cmdExtract(ctx, args, e)
	case "eval":
		return cmdEval(ctx, args, e)
	case "ask":
		return cmdAsk(ctx, args, e)
	case "help", "-h", "--help":
		fmt.Fprint(e.stdout, usage)
		return nil
	}
	return usageError{fmt.Errorf("unknown command %q (try: run, poll, digest, extract, eval, ask)", cmd)}
}

const usage = `sitrep: casualty reports from the war in Syria, as trustworthy digests.

  sitrep [run] [--config FILE]       poll feeds on schedule; post digests to Discord,
                                     or print them here when DISCORD_TOKEN is unset
  sitrep poll [--config FILE]        poll every feed once, print new reports and feed status
  sitrep digest [--config FILE] [--since 24h] [--format text|markdown|json|discord]
                [--governorate NAME] [--place NAME]
  sitrep extract [--published YYYY-MM-DD] [--jsonl] [FILE]
  sitrep eval [--strict] FILE.jsonl  score the extractor against a gold file
  sitrep ask [--config FILE] COMMAND [options]
                                     latest, casualties, digest, where, sources, about
                                     (sitrep ask help lists their options)

Environment: DISCORD_TOKEN (runs the bot), DISCORD_API_BASE (overrides
discord.api_base), SITREP_LOG_FORMAT=text|json (stderr logs).
`

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string, e env) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// parseFlags parses args, wrapping mistakes as usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}
