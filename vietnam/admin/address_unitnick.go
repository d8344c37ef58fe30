package admin

// addrUnitNicknames are the names people type for a unit below the
// province that are not its name, keyed by its level, type and folded
// name: the name index files each as another name of that unit alone
// (fileUnitNicknames), read at the confidence of a name without tones.
// Only a name that is the unit's own in lists of every sort is here:
//   - "BMT" for Buôn Ma Thuột, the city of Đắk Lắk before 2025, stands
//     alone or after the type word in shops' and firms' addresses ("567
//     Lê Duẩn, BMT, Đắk Lắk", "140 Y Ngông, Tân Tiến, TP. BMT, Đắk Lắk",
//     "Phường Thành Nhất,TP.BMT,DakLak"), where its initials, read only
//     with a commune of the city written before them and in capitals
//     (districtInitials), left the city unread;
//   - the two townships of Kiên Giang named by an ordinal, Thứ Ba and Thứ
//     Mười Một, are written with its digits ("Khu Vực 3, TT Thứ 3, Huyện
//     An Biên", "Khu Phố 2, TT.Thứ 11, An Minh, Kiên Giang"), as the day
//     of the week is; no other unit's name has a number word that counts
//     (Lùng Tám, Bó Mười and Ba Đình are names, not numbers).
var addrUnitNicknames = [...]struct {
	level Level
	typ   Type
	name  string // folded name of the unit
	alias string // folded nickname, tokens joined by one space
}{
	{LevelDistrict, TypeProvincialCity, "buon ma thuot", "bmt"},
	{LevelCommune, TypeTownship, "thu ba", "thu 3"},
	{LevelCommune, TypeTownship, "thu muoi mot", "thu 11"},
}

// fileUnitNicknames files unit i, of folded name key, under its
// nicknames of addrUnitNicknames.
func (x *nameIndex) fileUnitNicknames(b *nameIndexBuilder, i int32, key string) {
	a := &x.units[i]
	if a.former {
		return
	}
	for _, n := range addrUnitNicknames {
		if n.name == key && Level(a.level) == n.level && Type(a.typ) == n.typ {
			b.file(kindName, n.alias, i, true)
		}
	}
}
