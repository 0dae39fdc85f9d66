MERGE (a:Antigen {symbol: 'GPC3'});

// The second statement of this file is broken on purpose.
MERGE (a:Antigen {symbol: 'CD19'}) SET a.name = ;
