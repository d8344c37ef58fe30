package admin

// addrCityNicknames are the names people type for a provincial city,
// a district before 2025, that are not its name, keyed by its folded
// name: the name index files each as another name of that city
// (fileKeys), read at the confidence of a name without tones. Only a
// city whose nickname is its own in lists of every sort has one here:
// "BMT" for Buôn Ma Thuột stands alone or after the type word in shops'
// and firms' addresses ("567 Lê Duẩn, BMT, Đắk Lắk", "140 Y Ngông, Tân
// Tiến, TP. BMT, Đắk Lắk", "Phường Thành Nhất,TP.BMT,DakLak"), where its
// initials, read only with a commune of the city written before them and
// in capitals (districtInitials), left the city unread.
var addrCityNicknames = [...]struct {
	name  string // folded name of the city
	alias string // folded nickname
}{
	{"buon ma thuot", "bmt"},
}

// fileCityNicknames files unit i, a pre-2025 district of folded name key,
// under its nicknames of addrCityNicknames.
func (x *nameIndex) fileCityNicknames(b *nameIndexBuilder, i int32, key string) {
	a := &x.units[i]
	if Level(a.level) != LevelDistrict || a.former || Type(a.typ) != TypeProvincialCity {
		return
	}
	for _, n := range addrCityNicknames {
		if n.name == key {
			b.file(kindName, n.alias, i, true)
		}
	}
}
