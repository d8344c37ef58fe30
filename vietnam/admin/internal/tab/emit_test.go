package tab

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteGenerated checks that a generator's output is written only
// when gofmt would write it alike, and that the error names the file.
func TestWriteGenerated(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, src, err string
	}{
		{"ok.go", "package admin\n\nvar x = 1\n", ""},
		{"spaced.go", "package admin\nvar  x = 1\n", "spaced.go: the generated source is not as gofmt would write it"},
		{"broken.go", "package admin\nvar x =\n", "broken.go: "},
	} {
		path := filepath.Join(dir, tt.name)
		err := WriteGenerated(path, []byte(tt.src))
		if tt.err == "" {
			require.NoError(t, err)
			got, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, tt.src, string(got))
			continue
		}
		require.Error(t, err)
		assert.Contains(t, err.Error(), tt.err)
		assert.NoFileExists(t, path)
	}
}
