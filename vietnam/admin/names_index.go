package admin

var embeddedNames nameIndex
