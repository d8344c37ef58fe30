package admin

type nameIndex struct{}
