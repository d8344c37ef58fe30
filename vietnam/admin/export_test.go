package admin

// AddrLinesAsParts lets FuzzParseAddress read a text's line breaks as
// ParseAddress does before it asks whether the text is in a legacy
// encoding.
var AddrLinesAsParts = addrLinesAsParts
