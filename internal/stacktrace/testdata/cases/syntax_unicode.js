var x = 'é'; var = 1;
