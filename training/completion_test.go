package training_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestShortfallString(t *testing.T) {
	assert.Equal(t, "attendance too low", training.LowAttendance.String())
	assert.Equal(t, "chưa đủ số buổi", training.LowAttendance.Label(vietnam.Vietnamese))
	assert.Equal(t, "Shortfall(0)", training.Shortfall(0).String())
	assert.Equal(t, "Shortfall(99)", training.Shortfall(99).Label(vietnam.Vietnamese))
}
