package admin_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// TestResolveInPlace holds the Resolution that Resolve and ResolveAddress
// build in the caller's result: a Resolver that resolved other addresses
// before gives the same answer as a new one, whichever reading it took
// (the copy of the names typed again after the address is read without
// it), and the zero Resolution with every error, after a resolution that
// found something too.
func TestResolveInPlace(t *testing.T) {
	r := admin.NewResolver(admin.Embedded())
	found := []string{
		"Phường Lái Thiêu, Thành phố Thuận An, Tỉnh Bình Dương",
		"Bản Bánh, xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên, Điện Biên, Điện Biên", // read without the copy
		"Thị trấn Chờ Yên Phong Bắc Ninh, Yên Phong, Bắc Ninh",
		"Xã Trung Chánh, Huyện Hóc Môn, TP.Hồ Chí Minh, Trung Mỹ Tây, Quận 12, Thành phố Hồ Chí Minh", // two addresses
		"Ba Đình, Hà Nội", // ambiguous
	}
	for _, in := range found {
		want, err := admin.NewResolver(admin.Embedded()).Resolve(in)
		require.NoError(t, err, in)
		got, err := r.Resolve(in)
		require.NoError(t, err, in)
		opt := cmp.AllowUnexported(admin.Unit{}, admin.Code{})
		assert.Empty(t, cmp.Diff(want, got, opt), in)
		got, err = admin.ResolveAddress(in)
		require.NoError(t, err, in)
		assert.Empty(t, cmp.Diff(want, got, opt), in)
	}
	for _, tt := range []struct {
		in   string
		want error
	}{
		{"", admin.ErrAddressEmpty},
		{"Việt Nam", admin.ErrAddressEmpty},
		{strings.Repeat("a", admin.MaxAddressLen+1), admin.ErrAddressTooLong},
		{"412 Nguyễn Văn Cừ", admin.ErrAddressNotFound},
	} {
		for _, resolve := range []func(string) (admin.Resolution, error){r.Resolve, admin.ResolveAddress} {
			_, err := resolve(found[0])
			require.NoError(t, err)
			res, err := resolve(tt.in)
			assert.ErrorIs(t, err, tt.want, "%.40q", tt.in)
			assert.Zero(t, res, "%.40q", tt.in)
		}
	}
}
