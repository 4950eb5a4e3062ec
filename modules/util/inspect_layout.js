// Layout: whether entries share a line, and columns for long arrays.

// groupArrayElements lays out more than six short array items in aligned
// columns, aiming for a roughly square block (characters being about 2.5
// times as tall as wide); numbers are right-aligned, the rest left-aligned.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // The "... more items" entry stays out of the grid.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  // Display widths; colour codes take no columns.
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const entry = output[i];
    const len = !ctx.colors && printableASCIIRegExp.test(entry) ? entry.length : getStringWidth(entry, ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no item may dwarf the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength.push(lineMaxLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Pad "entry, " to the column's display width.
        const fill = spaces(maxLineLength[j - i] - dataLen[j] - separatorSpace);
        str += padStart ? `${fill}${output[j]}, ` : `${output[j]}, ${fill}`;
      }
      str += padStart ? spaces(maxLineLength[j - i] - dataLen[j] - separatorSpace) + output[j] : output[j];
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

const spaceStrings = [''];
// spaces(n) is n spaces (none for n <= 0), cached: grids ask for the same
// few widths over and over.
function spaces(n) {
  if (n <= 0) return '';
  let s = spaceStrings[n];
  if (s === undefined) {
    s = ' '.repeat(n);
    spaceStrings[n] = s;
  }
  return s;
}

// isBelowBreakLength: do the entries, with their separators and start
// columns already taken, fit in breakLength on one line?
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A multi-line base (an error stack) never shares its line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // ctx.currentDepth is the deepest level reached inside this value:
      // only the innermost `compact` levels may be put on one line, and
      // not once their items were grouped into columns.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on each line, Node's pre-v12 style.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace ("Set {") pushes the first entry to its own line
  // so that the entries line up.
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}
