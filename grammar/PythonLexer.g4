/*
 * A lossless lexer for Python 2.7 and 3.0-3.13 source text.
 *
 * Every character of the input ends up in exactly one token: whitespace, comments, line
 * continuations and garbage are tokens too (the catch-all rules at the end of each mode), so
 * concatenating token texts gives back the file. Layout (NEWLINE vs NL, INDENT, DEDENT) is not
 * decided here: dev.greenshift.lex.Tokenizer does it from these raw tokens, as CPython's
 * tokenizer does from characters.
 *
 * F-strings follow PEP 701: the lexer keeps a stack of open f-strings and replacement fields
 * (PythonLexerBase) so that f"{x["k"]!r:>{w}}" nests to any depth.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { FSTRING_MIDDLE, FSTRING_END, LBRACE, RBRACE }

BOM          : '\uFEFF' ;
NEWLINE_RAW  : '\r\n' | '\r' | '\n' ;
WS           : [ \t\f]+ ;
COMMENT      : '#' ~[\r\n]* ;
CONTINUATION : '\\' ( '\r\n' | '\r' | '\n' ) ;

STRING : STRING_PREFIX? ( LONG_SQ | LONG_DQ | SHORT_SQ | SHORT_DQ ) ;

FSTRING_START : FSTRING_PREFIX ( '\'\'\'' | '"""' | '\'' | '"' ) { enterFString(); } ;

NUMBER : ( HEX | OCT | BIN | FLOAT | DIGITS ) [jJlL]? ;

NAME : ID_START ID_CONTINUE* ;

OPEN        : ( '(' | '[' | '{' ) { openBracket(); } ;
CLOSE       : ( ')' | ']' ) { closeBracket(); } ;
BRACE_CLOSE : '}' { closeBrace(); } ;

/* Walrus, except at the top of a replacement field, where ':' starts a format spec (f"{x:=5}"). */
WALRUS : ':=' { !atFieldTop() }? ;
COLON  : ':' { colon(); } ;

OP : '**=' | '//=' | '>>=' | '<<=' | '...' | '->' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|='
   | '^=' | '@=' | '**' | '//' | '<<' | '>>' | '<=' | '>=' | '==' | '!=' | '<>' | '+' | '-' | '*'
   | '/' | '%' | '&' | '|' | '^' | '~' | '<' | '>' | '=' | '.' | ',' | ';' | '@' | '`' | '!' ;

ERROR_CHAR : . ;

fragment STRING_PREFIX  : [rRuUbB] | [bB][rR] | [rR][bB] | [uU][rR] ;
fragment FSTRING_PREFIX : [fF] | [fF][rR] | [rR][fF] ;
fragment ESC            : '\\' ( '\r\n' | . ) ;
/* An unterminated short string runs to the end of its line, a long one to the end of the file. */
fragment SHORT_SQ : '\'' ( ~[\\'\r\n] | ESC )* '\''? ;
fragment SHORT_DQ : '"' ( ~[\\"\r\n] | ESC )* '"'? ;
fragment LONG_SQ  : '\'\'\'' ( ~[\\'] | ESC | '\'' ( ~[\\'] | ESC ) | '\'\'' ( ~[\\'] | ESC ) )* '\'\'\''? ;
fragment LONG_DQ  : '"""' ( ~[\\"] | ESC | '"' ( ~[\\"] | ESC ) | '""' ( ~[\\"] | ESC ) )* '"""'? ;

fragment DIGITS : [0-9] ( '_'? [0-9] )* ;
fragment HEX    : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment OCT    : '0' [oO] ( '_'? [0-7] )+ ;
fragment BIN    : '0' [bB] ( '_'? [01] )+ ;
fragment FLOAT  : ( DIGITS '.' DIGITS? | '.' DIGITS ) EXPONENT? | DIGITS EXPONENT ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

fragment ID_START    : [\p{L}\p{Nl}_\u2118\u212E\u309B\u309C] ;
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C] ;

/*
 * Bodies of f-strings, one mode per quote kind. '{{' and '}}' are literal braces. A lone backslash
 * is text only before a brace (f"\{x}"): were it allowed anywhere, f"\\N{x}" could be cut as '\'
 * plus a named escape '\N{x}' (the longer match) instead of an escaped backslash, 'N' and a field.
 */
fragment F_TEXT_ESC : '\\' ~[{}\r\n] | '\\' ( '\r\n' | '\r' | '\n' ) | '\\' { atBraceOrEnd() }? ;
fragment F_NAMED_ESC : '\\N{' ~[}\r\n'"]* '}' ;

mode FSTR_SQ;
SQ_END     : '\'' { exitFString(); } -> type(FSTRING_END) ;
SQ_MIDDLE  : ( ~[\\'{}\r\n] | F_TEXT_ESC | {!isRawFString()}? F_NAMED_ESC | '{{' | '}}' )+ -> type(FSTRING_MIDDLE) ;
SQ_LBRACE  : '{' { enterField(); } -> type(LBRACE) ;
SQ_RBRACE  : '}' -> type(RBRACE) ;
SQ_NEWLINE : ( '\r\n' | '\r' | '\n' ) { abandonFString(); } -> type(NEWLINE_RAW) ;
SQ_ERROR   : . -> type(ERROR_CHAR) ;

mode FSTR_DQ;
DQ_END     : '"' { exitFString(); } -> type(FSTRING_END) ;
DQ_MIDDLE  : ( ~[\\"{}\r\n] | F_TEXT_ESC | {!isRawFString()}? F_NAMED_ESC | '{{' | '}}' )+ -> type(FSTRING_MIDDLE) ;
DQ_LBRACE  : '{' { enterField(); } -> type(LBRACE) ;
DQ_RBRACE  : '}' -> type(RBRACE) ;
DQ_NEWLINE : ( '\r\n' | '\r' | '\n' ) { abandonFString(); } -> type(NEWLINE_RAW) ;
DQ_ERROR   : . -> type(ERROR_CHAR) ;

mode FSTR_SQ3;
SQ3_END    : '\'\'\'' { exitFString(); } -> type(FSTRING_END) ;
SQ3_MIDDLE : ( ~[\\'{}] | F_TEXT_ESC | {!isRawFString()}? F_NAMED_ESC | '{{' | '}}' )+ -> type(FSTRING_MIDDLE) ;
SQ3_QUOTE  : '\'' -> type(FSTRING_MIDDLE) ;
SQ3_LBRACE : '{' { enterField(); } -> type(LBRACE) ;
SQ3_RBRACE : '}' -> type(RBRACE) ;
SQ3_ERROR  : . -> type(ERROR_CHAR) ;

mode FSTR_DQ3;
DQ3_END    : '"""' { exitFString(); } -> type(FSTRING_END) ;
DQ3_MIDDLE : ( ~[\\"{}] | F_TEXT_ESC | {!isRawFString()}? F_NAMED_ESC | '{{' | '}}' )+ -> type(FSTRING_MIDDLE) ;
DQ3_QUOTE  : '"' -> type(FSTRING_MIDDLE) ;
DQ3_LBRACE : '{' { enterField(); } -> type(LBRACE) ;
DQ3_RBRACE : '}' -> type(RBRACE) ;
DQ3_ERROR  : . -> type(ERROR_CHAR) ;

/*
 * The format spec after ':' in a replacement field: text, nested fields, then the closing '}'.
 * Escapes follow the f-string body's rules: a backslash never hides a brace (f"{a:\{b}}" nests a
 * field), and '\N{...}' is one named escape unless the f-string is raw.
 */
mode FORMAT_SPEC;
SPEC_MIDDLE  : ( ~[\\{}\r\n] | '\\' ~[{}\r\n] | {!isRawFString()}? F_NAMED_ESC | '\\' { atBraceOrEnd() }? )+ -> type(FSTRING_MIDDLE) ;
SPEC_LBRACE  : '{' { enterField(); } -> type(LBRACE) ;
SPEC_RBRACE  : '}' { exitFormatSpec(); } -> type(RBRACE) ;
SPEC_NEWLINE : ( '\r\n' | '\r' | '\n' ) { newlineInFormatSpec(); } ;
SPEC_ERROR   : . -> type(ERROR_CHAR) ;
