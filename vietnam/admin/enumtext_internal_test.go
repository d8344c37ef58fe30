package admin

import (
	"testing"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
)

// TestEnumTextDistinct checks that no two values of an enum share a name
// once folded, which would make UnmarshalText pick the first silently.
func TestEnumTextDistinct(t *testing.T) {
	enumtexttest.Distinct(t, &eraText, &levelText, &qualityText, &kindText, typeText())
}
