package training

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

// FuzzQuoteRecovery: no input panics; rows come in line order; a
// malformed row costs at most the line it starts on, so every line that
// does not start inside a well-formed quoted cell starts a row or an
// error of its own; and a file without quotes gives one row per line.
func FuzzQuoteRecovery(f *testing.F) {
	for _, s := range []string{
		"a,b\n\"c,d\ne,f\n",
		"a,\"b\nc\",d\ne\n",
		"\"\"\"\n\"",
		"x\"y,z\n1,2\n",
		"\"a\"b,c\n",
		"a;b\r\nc;d\r\n",
		strings.Repeat("\"", 20) + "\n" + strings.Repeat("a\n", 10),
	} {
		f.Add(s, byte(','))
	}
	f.Fuzz(func(t *testing.T, s string, delim byte) {
		if delim == '"' || delim == '\n' || delim == '\r' || len(s) > 1<<14 {
			return
		}
		r := newCSVReader(bufio.NewReaderSize(strings.NewReader(s), 16), delim, 1024)
		lines := strings.Count(s, "\n")
		if !strings.HasSuffix(s, "\n") && s != "" {
			lines++
		}
		last, n := 0, 0
		for {
			line, cells, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil && !errors.Is(err, ErrMalformedRow) {
				t.Fatalf("line %d: %v", line, err)
			}
			if line <= last {
				t.Fatalf("row at line %d after line %d", line, last)
			}
			if err == nil && len(cells) == 0 {
				t.Fatalf("line %d: no cells", line)
			}
			last = line
			n++
			if n > lines {
				t.Fatalf("%d rows from %d lines", n, lines)
			}
		}
		if !strings.Contains(s, "\"") && n != lines {
			t.Fatalf("no quotes: %d rows from %d lines", n, lines)
		}
	})
}

// TestReadLongLines: a line longer than the reader's buffer is read whole,
// and one over maxLine is rejected alone.
func TestReadLongLines(t *testing.T) {
	long := strings.Repeat("x", 100)
	r := newCSVReader(bufio.NewReaderSize(strings.NewReader("a,"+long+"\nb,c\n"), 16), ',', 1024)
	_, cells, err := r.Read()
	if err != nil || len(cells) != 2 || cells[1] != long {
		t.Fatalf("got %q, %v", cells, err)
	}
	_, cells, err = r.Read()
	if err != nil || strings.Join(cells, "|") != "b|c" {
		t.Fatalf("got %q, %v", cells, err)
	}
	r = newCSVReader(bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", maxLine+10)+"\nb,c\n"), 4096), ',', 1024)
	if _, _, err := r.Read(); !errors.Is(err, ErrMalformedRow) {
		t.Fatalf("over maxLine: %v", err)
	}
	if line, cells, err := r.Read(); err != nil || line != 2 || strings.Join(cells, "|") != "b|c" {
		t.Fatalf("after a long line: %d %q %v", line, cells, err)
	}
}
