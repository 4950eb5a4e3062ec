// Errors print as their stack, adjusted so the first line names the real
// class, with own extra properties, [cause] and [errors] after it.

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

function getStackString(error) {
  return error.stack ? v8StackFrames(String(error.stack)) : ErrorPrototypeToString(error);
}

// goja writes frames as "\tat fn (file:1:2(34))" and ends the stack with a
// newline; Node's output (and everything below) expects V8's
// "    at fn (file:1:2)". Stacks already in V8 form pass through.
const gojaFrameRegExp = /\n\tat ([^\n]*?):(\d+):(\d+)\(\d+\)(\)?)(?=\n|$)/g;
function v8StackFrames(stack) {
  if (!stack.includes('\n\tat ')) return stack;
  stack = stack.replace(gojaFrameRegExp, '\n    at $1:$2:$3$4').replace(/\n\tat /g, '\n    at ');
  return stack.endsWith('\n') ? stack.slice(0, -1) : stack;
}

// identicalSequenceRange finds the first run of more than three frames of
// a that also appears in b.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// getStackFrames splits the frames and folds those repeated from the
// cause's stack into one "... n lines matching cause stack trace ..." line.
function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing cause getter leaves the frames as they are.
  }
  if (cause != null && isError(cause, kindOf(cause))) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// improveStack makes the first line of a normal-looking stack name the
// constructor and tag when `name` alone would hide them.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
        stack.startsWith(name) &&
        (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// Own name, message and stack already shown in the stack are not repeated.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

// markNodeModules underlines the package name in node_modules paths.
function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  while (true) {
    const at = line.indexOf('node_modules', searchFrom);
    if (at === -1) break;
    const separator = line[at - 1];
    const after = line[at + 12];
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = at + 1;
      continue;
    }
    const moduleStart = at + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(separator, moduleStart);
    if (line[moduleStart] === '@') {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
    }
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

// markCwd greys out the working directory in a frame.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function safeGetCWD() {
  try {
    return globalThis.process.cwd();
  } catch {
    return undefined;
  }
}

// fileURLOf is pathToFileURL(path).href for the absolute POSIX or Windows
// paths a working directory has.
function fileURLOf(path) {
  let p = path.replace(/\\/g, '/');
  if (!p.startsWith('/')) p = `/${p}`;
  return `file://${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  if (ArrayIsArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain "    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Grey out core frames; underline packages and dim the cwd in others.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              if (esmWorkingDirectory === undefined) esmWorkingDirectory = fileURLOf(workingDirectory);
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}
