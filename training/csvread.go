package training

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// A RowReader hands an Importer the rows of one sheet, in order: a CSV
// file (Import makes one), an .xlsx sheet (package training/xlsx), a
// database query. Read returns the row's first line in the source and its
// cells, or io.EOF after the last row. An error wrapping ErrMalformedRow
// rejects that row only and the import goes on; any other error stops it.
//
// A reader whose cells may be numbers that lost their leading zero (a
// spreadsheet's numeric cell) also implements Numeric, which says whether
// cell i of the row just read was stored as a number.
type RowReader interface {
	Read() (line int, cells []string, err error)
}

// numericReader is the optional side of a RowReader.
type numericReader interface {
	Numeric(i int) bool
}

// csvReader reads CSV records as a data officer's files have them. Unlike
// encoding/csv it recovers from malformed quoting: a quote that opens a
// cell and is never closed, or text after a closing quote, makes the
// record an error on its own line, and reading resumes on the next line,
// so one stray quote cannot fold the rest of the file into one cell.
// A quoted cell may span at most maxQuotedLines lines and maxCell bytes.
type csvReader struct {
	br      *bufio.Reader
	delim   byte
	maxCell int
	line    int // the number of the last line taken from br
	// pending holds lines read ahead while looking for the end of a
	// quoted cell that did not end: they are read again after the error.
	pending []heldLine
	long    []byte // a line longer than br's buffer, put together
	buf     []byte // the current record's cell bytes
	ends    []int  // the end of each cell in buf
	cells   []string
}

type heldLine struct {
	n int
	b []byte
}

// maxQuotedLines bounds how many lines one quoted cell may span: an
// address typed with Alt+Enter takes two or three.
const maxQuotedLines = 8

// maxLine bounds one physical line; a longer one is rejected whole.
const maxLine = 1 << 20

func newCSVReader(br *bufio.Reader, delim byte, maxCell int) *csvReader {
	return &csvReader{br: br, delim: delim, maxCell: maxCell}
}

// errLineTooLong is returned by readLine for a line over maxLine bytes;
// the line has been skipped.
var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its line ending.
func (r *csvReader) readLine() (int, []byte, error) {
	if len(r.pending) > 0 {
		p := r.pending[0]
		r.pending = r.pending[1:]
		return p.n, p.b, nil
	}
	b, err := r.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		r.long = append(r.long[:0], b...)
		for errors.Is(err, bufio.ErrBufferFull) {
			b, err = r.br.ReadSlice('\n')
			if len(r.long) < maxLine {
				r.long = append(r.long, b...)
			}
		}
		r.line++
		if len(r.long) >= maxLine {
			return r.line, nil, errLineTooLong
		}
		b = r.long
	} else if len(b) > 0 || err == nil {
		r.line++
	}
	if err != nil && err != io.EOF {
		return r.line, nil, err
	}
	if len(b) == 0 && err == io.EOF {
		return r.line, nil, io.EOF
	}
	b = bytes.TrimSuffix(b, []byte{'\n'})
	b = bytes.TrimSuffix(b, []byte{'\r'})
	return r.line, b, nil
}

// Read returns the next record. A malformed record is returned as an
// error wrapping ErrMalformedRow, with its line; the caller may go on.
// The cells are valid until the next call.
func (r *csvReader) Read() (int, []string, error) {
	n, b, err := r.readLine()
	if errors.Is(err, errLineTooLong) {
		return n, nil, fmt.Errorf("%w: a line over %d bytes", ErrMalformedRow, maxLine)
	}
	if err != nil {
		return n, nil, err
	}
	r.buf, r.ends = r.buf[:0], r.ends[:0]
	var held []heldLine // lines after the first, for a quoted cell
	fail := func(format string, args ...any) (int, []string, error) {
		// Lines taken for an unfinished quoted cell are read again.
		r.pending = append(held, r.pending...)
		return n, nil, fmt.Errorf("%w: "+format, append([]any{ErrMalformedRow}, args...)...)
	}
	pos := 0
	for col := 1; ; col++ {
		start := len(r.buf)
		if pos < len(b) && b[pos] == '"' {
			pos++
		quoted:
			for {
				i := bytes.IndexByte(b[pos:], '"')
				if i < 0 {
					r.buf = append(r.buf, b[pos:]...)
					if len(held) >= maxQuotedLines-1 || len(r.buf)-start > r.maxCell {
						return fail("column %d: a quote opens a cell that does not close within %d lines", col, len(held)+1)
					}
					m, next, err := r.readLine()
					if err != nil {
						if err == io.EOF || errors.Is(err, errLineTooLong) {
							return fail("column %d: a quote opens a cell that does not close", col)
						}
						return n, nil, err
					}
					next = bytes.Clone(next)
					held = append(held, heldLine{m, next})
					r.buf = append(r.buf, '\n')
					b, pos = next, 0
					continue
				}
				r.buf = append(r.buf, b[pos:pos+i]...)
				pos += i + 1
				switch {
				case pos < len(b) && b[pos] == '"':
					r.buf = append(r.buf, '"')
					pos++
				case pos == len(b) || b[pos] == r.delim:
					break quoted
				default:
					return fail("column %d: text after the closing quote", col)
				}
			}
		} else {
			i := bytes.IndexByte(b[pos:], r.delim)
			if i < 0 {
				i = len(b) - pos
			}
			cell := b[pos : pos+i]
			if bytes.IndexByte(cell, '"') >= 0 {
				return fail("column %d: a quote inside a cell that does not start with one", col)
			}
			r.buf = append(r.buf, cell...)
			pos += i
		}
		r.ends = append(r.ends, len(r.buf))
		if pos >= len(b) {
			break
		}
		pos++ // the delimiter
		if pos == len(b) {
			r.ends = append(r.ends, len(r.buf)) // a trailing empty cell
			break
		}
	}
	s := string(r.buf) // one allocation for the whole record
	r.cells = r.cells[:0]
	prev := 0
	for _, e := range r.ends {
		r.cells = append(r.cells, s[prev:e])
		prev = e
	}
	return n, r.cells, nil
}

// decode returns a reader of r's text as UTF-8: a UTF-8 byte-order mark
// is dropped, and UTF-16 text (Excel's "Unicode text" export) with its
// mark, or without one when its first characters show the zero bytes of
// ASCII in UTF-16, is converted. Legacy TCVN3 and VNI text is recognised
// later, cell by cell, as the importer reads it.
func decode(r io.Reader) (*bufio.Reader, string) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(64)
	var (
		order unicode.Endianness
		name  string
	)
	// Without a mark, UTF-16 shows itself by the zero bytes of its ASCII
	// characters (header words, digits, commas), all on one side.
	var zeros [2]int
	for i, c := range head[:len(head)&^1] {
		if c == 0 {
			zeros[i&1]++
		}
	}
	pairs := len(head) / 2
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		_, _ = br.Discard(3)
		return br, "UTF-8"
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}),
		pairs >= 2 && zeros[0] == 0 && zeros[1]*4 >= pairs:
		order, name = unicode.LittleEndian, "UTF-16LE"
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}),
		pairs >= 2 && zeros[1] == 0 && zeros[0]*4 >= pairs:
		order, name = unicode.BigEndian, "UTF-16BE"
	default:
		return br, "UTF-8"
	}
	d := unicode.UTF16(order, unicode.UseBOM).NewDecoder()
	return bufio.NewReaderSize(transform.NewReader(br, d), 64<<10), name
}

// sniffDelimiter picks the delimiter of the header line: for each of the
// leading lines and each of comma, semicolon (Excel under a Vietnamese
// locale), tab and '|', it counts the known columns the line would name;
// the first line naming two or more decides, so a title line above the
// header ("DANH SÁCH HỌC VIÊN, PHƯỜNG LÁI THIÊU") does not. Without such a
// line, the delimiter most frequent on the first line wins.
func (im *Importer) sniffDelimiter(br *bufio.Reader) byte {
	head, _ := br.Peek(br.Size())
	lines := bytes.SplitN(head, []byte{'\n'}, maxHeaderSearch+1)
	if len(lines) > maxHeaderSearch {
		lines = lines[:maxHeaderSearch]
	}
	for _, l := range lines {
		best, bestN := byte(0), 1
		for _, d := range []byte{',', ';', '\t', '|'} {
			n := 0
			for cell := range bytes.SplitSeq(l, []byte{d}) {
				if !utf8.Valid(cell) && len(cell) > 200 {
					continue
				}
				if im.fieldOf(string(bytes.Trim(cell, "\"\r"))) != FieldIgnored {
					n++
				}
			}
			if n > bestN {
				best, bestN = d, n
			}
		}
		if best != 0 {
			return best
		}
	}
	first := head
	if len(lines) > 0 {
		first = lines[0]
	}
	best, n := byte(','), bytes.Count(first, []byte{','})
	for _, c := range []byte{';', '\t', '|'} {
		if m := bytes.Count(first, []byte{c}); m > n {
			best, n = c, m
		}
	}
	return best
}
