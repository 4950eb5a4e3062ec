const s = 'ééé'; throw new Error(s);
