package sample

func TestNotCounted() {}

type NotCounted int
