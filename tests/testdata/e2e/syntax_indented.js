// A syntax error on an indented line (tabs and spaces).
  	  const x = 1 +* 2;
