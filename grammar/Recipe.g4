/*
 * The recipe language. A recipe file holds recipes and aliases:
 *
 *   alias eventlet.greenthread.spawn = eventlet.spawn
 *
 *   recipe eventlet-sleep {
 *       summary  "eventlet.sleep() becomes time.sleep()"
 *       category green-thread-management
 *       safety   safe
 *       valid    both                      # patched, native, both or anywhere (the default)
 *       needs    time                      # what monkey_patch() must patch for it (default: thread time)
 *       requires import time
 *       match call      `eventlet.sleep()`      -> `time.sleep(0)`
 *       match call      `eventlet.sleep($secs)` -> `time.sleep($secs)`
 *       match name      `eventlet.sleep`        -> `time.sleep`
 *       match statement `eventlet.kill($gt)`    flag todo "threads cannot be killed"
 *       match assignment `$t = eventlet.spawn($fn)` where $t only statement `$t.wait()`
 *           -> `$t = threading.Thread(target=$fn, daemon=True)`
 *           then `$t.wait()` -> `$t.join()`
 *   }
 *
 * Patterns and templates are Python text between backticks (``` for several lines); the
 * dev.greenshift.recipe package gives them meaning. `parameter neutral = "app.concurrency"`
 * declares a load-time value: <neutral> in code is replaced by it, <neutral:last> by its last
 * dotted name, before the code is compiled. '#' starts a comment outside backticks.
 */
grammar Recipe;

file       : ( alias | parameter | recipe )* EOF ;

alias      : 'alias' dotted '=' dotted ;

/* A value the caller may set at load time (default given here); <name> in code stands for it. */
parameter  : 'parameter' ident '=' STRING ;

recipe     : 'recipe' ident '{' item* '}' ;

item       : 'summary' STRING                         # summary
           | 'category' ident                         # category
           | 'safety' ident                           # safety
           | 'message' STRING                         # message
           | validIn                                  # valid
           | 'needs' ID+                              # needs
           | 'requires' importSpec                    # requires
           | 'match' ident PYTHON validIn? condition* action followUp*   # case
           ;

/* The worlds (patched, native, both, anywhere) where a rewrite is correct: the whole recipe's, or one case's. */
validIn    : 'valid' ident ;

/* Conditions on how a bound name is used elsewhere, or on what else the run rewrote. */
condition  : 'where' VAR 'unused'                    # unused
           | 'where' VAR 'only' usePattern+          # only
           | 'where' 'ran' ident 'everywhere'?        # ran
           | 'where' VAR NOT? 'library'              # library
           | 'where' 'alone'                         # alone
           | 'where' VAR NOT? 'exits'                # exits
           | 'where' NOT? 'timed'                    # timed
           | 'where' NOT? 'in' ident                 # within
           | 'where' NOT? 'shares'                   # shares
           | 'where' NOT? 'checked'                  # checked
           | 'where' NOT? 'annotated'                # annotated
           ;

usePattern : ident* PYTHON ;

/* Rewrites of the uses of a bound name, applied together with the case's own rewrite. */
followUp   : 'then' PYTHON '->' PYTHON ;

action     : '->' PYTHON flag?                        # rewrite
           | flag                                     # flagOnly
           | 'keep' STRING                            # keep
           ;

flag       : 'flag' TODO? STRING? ;

importSpec : 'import' dotted ( 'as' ident )?          # plainImport
           | 'from' dotted 'import' ident ( 'as' ident )?   # fromImport
           | 'module' ( dotted | PARAM )                # moduleImport
           ;

dotted     : ident ( '.' ident )* ;

ident      : ID | 'summary' | 'category' | 'safety' | 'message' | 'requires' | 'match' | 'flag'
           | 'import' | 'from' | 'as' | 'alias' | 'recipe' | 'parameter' | 'module' | 'where' | 'unused' | 'only' | 'ran' | 'then' | 'library' | 'alone' | 'valid' | 'keep' | 'checked' | NOT
           | TODO
           | 'exits' | 'timed' | 'in' | 'shares' | 'everywhere' | 'needs' | 'annotated' ;

TODO    : 'todo' ;
NOT     : 'not' ;
ID      : [a-zA-Z_] [a-zA-Z0-9_\-]* ;
VAR     : '$' [a-zA-Z_] [a-zA-Z0-9_]* ;
STRING  : '"' ( ~["\\\r\n] | '\\' . )* '"' ;
PYTHON  : '```' .*? '```' | '`' ~[`]* '`' ;
PARAM   : '<' [a-zA-Z_] [a-zA-Z0-9_\-]* ( ':' [a-z]+ )? '>' ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS      : [ \t\r\n\f]+ -> skip ;
ERROR   : . ;
