#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 67617:
/***/ ((module) => {

function isBuffer(value) {
  return Buffer.isBuffer(value) || value instanceof Uint8Array
}

function isEncoding(encoding) {
  return Buffer.isEncoding(encoding)
}

function alloc(size, fill, encoding) {
  return Buffer.alloc(size, fill, encoding)
}

function allocUnsafe(size) {
  return Buffer.allocUnsafe(size)
}

function allocUnsafeSlow(size) {
  return Buffer.allocUnsafeSlow(size)
}

function byteLength(string, encoding) {
  return Buffer.byteLength(string, encoding)
}

function compare(a, b) {
  return Buffer.compare(a, b)
}

function concat(buffers, totalLength) {
  return Buffer.concat(buffers, totalLength)
}

function copy(source, target, targetStart, start, end) {
  return toBuffer(source).copy(target, targetStart, start, end)
}

function equals(a, b) {
  return toBuffer(a).equals(b)
}

function fill(buffer, value, offset, end, encoding) {
  return toBuffer(buffer).fill(value, offset, end, encoding)
}

function from(value, encodingOrOffset, length) {
  return Buffer.from(value, encodingOrOffset, length)
}

function includes(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).includes(value, byteOffset, encoding)
}

function indexOf(buffer, value, byfeOffset, encoding) {
  return toBuffer(buffer).indexOf(value, byfeOffset, encoding)
}

function lastIndexOf(buffer, value, byteOffset, encoding) {
  return toBuffer(buffer).lastIndexOf(value, byteOffset, encoding)
}

function swap16(buffer) {
  return toBuffer(buffer).swap16()
}

function swap32(buffer) {
  return toBuffer(buffer).swap32()
}

function swap64(buffer) {
  return toBuffer(buffer).swap64()
}

function toBuffer(buffer) {
  if (Buffer.isBuffer(buffer)) return buffer
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}

function toString(buffer, encoding, start, end) {
  return toBuffer(buffer).toString(encoding, start, end)
}

function toHex(buffer, start, end) {
  return toBuffer(buffer).toString('hex', start, end)
}

function write(buffer, string, offset, length, encoding) {
  return toBuffer(buffer).write(string, offset, length, encoding)
}

function readDoubleBE(buffer, offset) {
  return toBuffer(buffer).readDoubleBE(offset)
}

function readDoubleLE(buffer, offset) {
  return toBuffer(buffer).readDoubleLE(offset)
}

function readFloatBE(buffer, offset) {
  return toBuffer(buffer).readFloatBE(offset)
}

function readFloatLE(buffer, offset) {
  return toBuffer(buffer).readFloatLE(offset)
}

function readInt32BE(buffer, offset) {
  return toBuffer(buffer).readInt32BE(offset)
}

function readInt32LE(buffer, offset) {
  return toBuffer(buffer).readInt32LE(offset)
}

function readUInt32BE(buffer, offset) {
  return toBuffer(buffer).readUInt32BE(offset)
}

function readUInt32LE(buffer, offset) {
  return toBuffer(buffer).readUInt32LE(offset)
}

function writeDoubleBE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleBE(value, offset)
}

function writeDoubleLE(buffer, value, offset) {
  return toBuffer(buffer).writeDoubleLE(value, offset)
}

function writeFloatBE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatBE(value, offset)
}

function writeFloatLE(buffer, value, offset) {
  return toBuffer(buffer).writeFloatLE(value, offset)
}

function writeInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32BE(value, offset)
}

function writeInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeInt32LE(value, offset)
}

function writeUInt32BE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32BE(value, offset)
}

function writeUInt32LE(buffer, value, offset) {
  return toBuffer(buffer).writeUInt32LE(value, offset)
}

module.exports = {
  isBuffer,
  isEncoding,
  alloc,
  allocUnsafe,
  allocUnsafeSlow,
  byteLength,
  compare,
  concat,
  copy,
  equals,
  fill,
  from,
  includes,
  indexOf,
  lastIndexOf,
  swap16,
  swap32,
  swap64,
  toBuffer,
  toString,
  toHex,
  write,
  readDoubleBE,
  readDoubleLE,
  readFloatBE,
  readFloatLE,
  readInt32BE,
  readInt32LE,
  readUInt32BE,
  readUInt32LE,
  writeDoubleBE,
  writeDoubleLE,
  writeFloatBE,
  writeFloatLE,
  writeInt32BE,
  writeInt32LE,
  writeUInt32BE,
  writeUInt32LE
}


/***/ }),

/***/ 49420:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(24434)


/***/ }),

/***/ 85907:
/***/ ((module) => {

module.exports = class FixedFIFO {
  constructor (hwm) {
    if (!(hwm > 0) || ((hwm - 1) & hwm) !== 0) throw new Error('Max size for a FixedFIFO should be a power of two')
    this.buffer = new Array(hwm)
    this.mask = hwm - 1
    this.top = 0
    this.btm = 0
    this.next = null
  }

  clear () {
    this.top = this.btm = 0
    this.next = null
    this.buffer.fill(undefined)
  }

  push (data) {
    if (this.buffer[this.top] !== undefined) return false
    this.buffer[this.top] = data
    this.top = (this.top + 1) & this.mask
    return true
  }

  shift () {
    const last = this.buffer[this.btm]
    if (last === undefined) return undefined
    this.buffer[this.btm] = undefined
    this.btm = (this.btm + 1) & this.mask
    return last
  }

  peek () {
    return this.buffer[this.btm]
  }

  isEmpty () {
    return this.buffer[this.btm] === undefined
  }
}


/***/ }),

/***/ 16059:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const FixedFIFO = __nccwpck_require__(85907)

module.exports = class FastFIFO {
  constructor (hwm) {
    this.hwm = hwm || 16
    this.head = new FixedFIFO(this.hwm)
    this.tail = this.head
    this.length = 0
  }

  clear () {
    this.head = this.tail
    this.head.clear()
    this.length = 0
  }

  push (val) {
    this.length++
    if (!this.head.push(val)) {
      const prev = this.head
      this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length)
      this.head.push(val)
    }
  }

  shift () {
    if (this.length !== 0) this.length--
    const val = this.tail.shift()
    if (val === undefined && this.tail.next) {
      const next = this.tail.next
      this.tail.next = null
      this.tail = next
      return this.tail.shift()
    }

    return val
  }

  peek () {
    const val = this.tail.peek()
    if (val === undefined && this.tail.next) return this.tail.next.peek()
    return val
  }

  isEmpty () {
    return this.length === 0
  }
}


/***/ }),

/***/ 49939:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
} = __nccwpck_require__(88046)

module.exports = {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
}


/***/ }),

/***/ 13459:
/***/ ((module) => {



const LOOP_SENTINEL = 1_000_000

const REUSED_SEARCH_PARAMS = new URLSearchParams()

const REUSED_SEARCH_PARAMS_KEY = '_'

const REUSED_SEARCH_PARAMS_OFFSET = 2 // '_='.length

module.exports = {
    LOOP_SENTINEL,
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
}


/***/ }),

/***/ 66174:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(86088)

const { decodeURIComponent } = globalThis

function decodePurlComponent(comp, encodedURIComponent) {
    try {
        return decodeURIComponent(encodedURIComponent)
    } catch {}
    throw new PurlError(`unable to decode "${comp}" component`)
}

module.exports = {
    decodePurlComponent
}


/***/ }),

/***/ 17042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
} = __nccwpck_require__(13459)
const { isObject } = __nccwpck_require__(93114)
const { isNonEmptyString } = __nccwpck_require__(77068)

const { encodeURIComponent } = globalThis

function encodeNamespace(namespace) {
    return isNonEmptyString(namespace)
        ? encodeURIComponent(namespace)
              .replace(/%3A/g, ':')
              .replace(/%2F/g, '/')
        : ''
}

function encodeQualifierParam(param) {
    if (isNonEmptyString(param)) {
        // Param key and value are encoded with `percentEncodeSet` of
        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
        // https://url.spec.whatwg.org/#urlencoded-serializing
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param)
        return replacePlusSignWithPercentEncodedSpace(
            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        )
    }
    return ''
}

function encodeQualifiers(qualifiers) {
    if (isObject(qualifiers)) {
        // Sort this list of qualifier strings lexicographically.
        const qualifiersKeys = Object.keys(qualifiers).sort()
        const searchParams = new URLSearchParams()
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
            const key = qualifiersKeys[i]
            searchParams.set(key, qualifiers[key])
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
    }
    return ''
}

function encodeSubpath(subpath) {
    return isNonEmptyString(subpath)
        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
        : ''
}

function encodeVersion(version) {
    return isNonEmptyString(version)
        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
        : ''
}

function replacePlusSignWithPercentEncodedSpace(str) {
    // Convert plus signs to %20 for better portability.
    return str.replace(/\+/g, '%20')
}

module.exports = {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
}


/***/ }),

/***/ 86088:
/***/ ((module) => {



function formatPurlErrorMessage(message = '') {
    const { length } = message
    let formatted = ''
    if (length) {
        // Lower case start of message.
        const code0 = message.charCodeAt(0)
        formatted =
            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
                ? `${message[0].toLowerCase()}${message.slice(1)}`
                : message
        // Remove period from end of message.
        if (
            length > 1 &&
            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
            message.charCodeAt(length - 2) !== 46
        ) {
            formatted = formatted.slice(0, -1)
        }
    }
    return `Invalid purl: ${formatted}`
}

class PurlError extends Error {
    constructor(message) {
        super(formatPurlErrorMessage(message))
    }
}

module.exports = {
    formatPurlErrorMessage,
    PurlError
}


/***/ }),

/***/ 40931:
/***/ ((module) => {



function createHelpersNamespaceObject(helpers, options_ = {}) {
    const { comparator, ...defaults } = { __proto__: null, ...options_ }
    const helperNames = Object.keys(helpers).sort()
    const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
    ].sort(comparator)
    const nsObject = Object.create(null)
    for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i]
        const helpersForProp = Object.create(null)
        for (
            let j = 0, { length: length_j } = helperNames;
            j < length_j;
            j += 1
        ) {
            const helperName = helperNames[j]
            const helperValue =
                helpers[helperName][propName] ?? defaults[helperName]
            if (helperValue !== undefined) {
                helpersForProp[helperName] = helperValue
            }
        }
        nsObject[propName] = helpersForProp
    }
    return nsObject
}

module.exports = {
    createHelpersNamespaceObject
}


/***/ }),

/***/ 4024:
/***/ ((module) => {



function isNullishOrEmptyString(value) {
    return (
        value === null ||
        value === undefined ||
        (typeof value === 'string' && value.length === 0)
    )
}

module.exports = {
    isNullishOrEmptyString
}


/***/ }),

/***/ 26153:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isObject } = __nccwpck_require__(93114)
const { isBlank } = __nccwpck_require__(77068)

function normalizeName(rawName) {
    return typeof rawName === 'string' ? rawName.trim() : undefined
}

function normalizeNamespace(rawNamespace) {
    return typeof rawNamespace === 'string'
        ? normalizePath(rawNamespace)
        : undefined
}

function normalizePath(pathname, callback) {
    let collapsed = ''
    let start = 0
    // Leading and trailing slashes, i.e. '/', are not significant and should be
    // stripped in the canonical form.
    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    let nextIndex = pathname.indexOf('/', start)
    if (nextIndex === -1) {
        return pathname.slice(start)
    }
    // Discard any empty string segments by collapsing repeated segment
    // separator slashes, i.e. '/'.
    while (nextIndex !== -1) {
        const segment = pathname.slice(start, nextIndex)
        if (callback === undefined || callback(segment)) {
            collapsed =
                collapsed + (collapsed.length === 0 ? '' : '/') + segment
        }
        start = nextIndex + 1
        while (pathname.charCodeAt(start) === 47) {
            start += 1
        }
        nextIndex = pathname.indexOf('/', start)
    }
    const lastSegment = pathname.slice(start)
    if (
        lastSegment.length !== 0 &&
        (callback === undefined || callback(lastSegment))
    ) {
        collapsed = collapsed + '/' + lastSegment
    }
    return collapsed
}

function normalizeQualifiers(rawQualifiers) {
    let qualifiers
    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === 'string' ? value : String(value)
        const trimmed = strValue.trim()
        // A key=value pair with an empty value is the same as no key/value
        // at all for this key.
        if (trimmed.length === 0) {
            continue
        }
        if (qualifiers === undefined) {
            qualifiers = { __proto__: null }
        }
        // A key is case insensitive. The canonical form is lowercase.
        qualifiers[key.toLowerCase()] = trimmed
    }
    return qualifiers
}

function normalizeSubpath(rawSubpath) {
    return typeof rawSubpath === 'string'
        ? normalizePath(rawSubpath, subpathFilter)
        : undefined
}

function normalizeType(rawType) {
    // The type must NOT be percent-encoded.
    // The type is case insensitive. The canonical form is lowercase.
    return typeof rawType === 'string'
        ? rawType.trim().toLowerCase()
        : undefined
}

function normalizeVersion(rawVersion) {
    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
}

function qualifiersToEntries(rawQualifiers) {
    if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams
            ? rawQualifiers.entries()
            : Object.entries(rawQualifiers)
    }
    return typeof rawQualifiers === 'string'
        ? new URLSearchParams(rawQualifiers).entries()
        : Object.entries({})
}

function subpathFilter(segment) {
    // When percent-decoded, a segment
    //   - must not be any of '.' or '..'
    //   - must not be empty
    const { length } = segment
    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
    if (
        length === 2 &&
        segment.charCodeAt(0) === 46 &&
        segment.charCodeAt(1) === 46
    ) {
        return false
    }
    return !isBlank(segment)
}

module.exports = {
    normalizeName,
    normalizeNamespace,
    normalizePath,
    normalizeQualifiers,
    normalizeSubpath,
    normalizeType,
    normalizeVersion
}


/***/ }),

/***/ 93114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { LOOP_SENTINEL } = __nccwpck_require__(13459)

function isObject(value) {
    return value !== null && typeof value === 'object'
}

function recursiveFreeze(value_) {
    if (
        value_ === null ||
        !(typeof value_ === 'object' || typeof value_ === 'function') ||
        Object.isFrozen(value_)
    ) {
        return value_
    }
    const queue = [value_]
    let { length: queueLength } = queue
    let pos = 0
    while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
            throw new Error(
                'Detected infinite loop in object crawl of recursiveFreeze'
            )
        }
        const obj = queue[pos++]
        Object.freeze(obj)
        if (Array.isArray(obj)) {
            for (let i = 0, { length } = obj; i < length; i += 1) {
                const item = obj[i]
                if (
                    item !== null &&
                    (typeof item === 'object' || typeof item === 'function') &&
                    !Object.isFrozen(item)
                ) {
                    queue[queueLength++] = item
                }
            }
        } else {
            const keys = Reflect.ownKeys(obj)
            for (let i = 0, { length } = keys; i < length; i += 1) {
                const propValue = obj[keys[i]]
                if (
                    propValue !== null &&
                    (typeof propValue === 'object' ||
                        typeof propValue === 'function') &&
                    !Object.isFrozen(propValue)
                ) {
                    queue[queueLength++] = propValue
                }
            }
        }
    }
    return value_
}

module.exports = {
    isObject,
    recursiveFreeze
}


/***/ }),

/***/ 88046:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const { decodePurlComponent } = __nccwpck_require__(66174)
const { isObject, recursiveFreeze } = __nccwpck_require__(93114)
const { isBlank, isNonEmptyString, trimLeadingSlashes } = __nccwpck_require__(77068)

const { PurlComponent } = __nccwpck_require__(23071)
const { PurlQualifierNames } = __nccwpck_require__(2797)
const { PurlType } = __nccwpck_require__(86174)
const { PurlError } = __nccwpck_require__(86088)

class PackageURL {
    static Component = recursiveFreeze(PurlComponent)
    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
    static Type = recursiveFreeze(PurlType)

    constructor(
        rawType,
        rawNamespace,
        rawName,
        rawVersion,
        rawQualifiers,
        rawSubpath
    ) {
        const type = isNonEmptyString(rawType)
            ? PurlComponent.type.normalize(rawType)
            : rawType
        PurlComponent.type.validate(type, true)

        const namespace = isNonEmptyString(rawNamespace)
            ? PurlComponent.namespace.normalize(rawNamespace)
            : rawNamespace
        PurlComponent.namespace.validate(namespace, true)

        const name = isNonEmptyString(rawName)
            ? PurlComponent.name.normalize(rawName)
            : rawName
        PurlComponent.name.validate(name, true)

        const version = isNonEmptyString(rawVersion)
            ? PurlComponent.version.normalize(rawVersion)
            : rawVersion
        PurlComponent.version.validate(version, true)

        const qualifiers =
            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
                ? PurlComponent.qualifiers.normalize(rawQualifiers)
                : rawQualifiers
        PurlComponent.qualifiers.validate(qualifiers, true)

        const subpath = isNonEmptyString(rawSubpath)
            ? PurlComponent.subpath.normalize(rawSubpath)
            : rawSubpath
        PurlComponent.subpath.validate(subpath, true)

        this.type = type
        this.name = name
        this.namespace = namespace ?? undefined
        this.version = version ?? undefined
        this.qualifiers = qualifiers ?? undefined
        this.subpath = subpath ?? undefined

        const typeHelpers = PurlType[type]
        if (typeHelpers) {
            typeHelpers.normalize(this)
            typeHelpers.validate(this, true)
        }
    }

    toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`
        if (namespace) {
            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`
        if (version) {
            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`
        }
        if (qualifiers) {
            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`
        }
        if (subpath) {
            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`
        }
        return purlStr
    }

    static fromString(purlStr) {
        return new PackageURL(...PackageURL.parseString(purlStr))
    }

    static parseString(purlStr) {
        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
        if (typeof purlStr !== 'string') {
            throw new Error('A purl string argument is required.')
        }
        if (isBlank(purlStr)) {
            return [
                undefined,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        // Split the remainder once from left on ':'.
        const colonIndex = purlStr.indexOf(':')
        // Use WHATWG URL to split up the purl string.
        //   - Split the purl string once from right on '#'
        //   - Split the remainder once from right on '?'
        //   - Split the remainder once from left on ':'
        let url
        let maybeUrlWithAuth
        if (colonIndex !== -1) {
            try {
                // Since a purl never contains a URL Authority, its scheme
                // must not be suffixed with double slash as in 'pkg://'
                // and should use instead 'pkg:'. Purl parsers must accept
                // URLs such as 'pkg://' and must ignore the '//'
                const beforeColon = purlStr.slice(0, colonIndex)
                const afterColon = purlStr.slice(colonIndex + 1)
                const trimmedAfterColon = trimLeadingSlashes(afterColon)
                url = new URL(`${beforeColon}:${trimmedAfterColon}`)
                maybeUrlWithAuth =
                    afterColon.length === trimmedAfterColon.length
                        ? url
                        : new URL(purlStr)
            } catch (e) {
                throw new PurlError('failed to parse as URL', {
                    cause: e
                })
            }
        }
        // The scheme is a constant with the value "pkg".
        if (url?.protocol !== 'pkg:') {
            throw new PurlError('missing required "pkg" scheme component')
        }
        // A purl must NOT contain a URL Authority i.e. there is no support for
        // username, password, host and port components.
        if (
            maybeUrlWithAuth.username !== '' ||
            maybeUrlWithAuth.password !== ''
        ) {
            throw new PurlError('cannot contain a "user:pass@host:port"')
        }

        const { pathname } = url
        const firstSlashIndex = pathname.indexOf('/')
        const rawType = decodePurlComponent(
            'type',
            firstSlashIndex === -1
                ? pathname
                : pathname.slice(0, firstSlashIndex)
        )
        if (firstSlashIndex < 1) {
            return [
                rawType,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        let rawVersion
        let atSignIndex = pathname.lastIndexOf('@')
        // Handle unencoded leading '@' characters. This is a small break from
        // the specification to make parsing more forgiving so that users don't
        // have to deal with it.
        if (
            atSignIndex !== -1 &&
            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
        ) {
            atSignIndex = -1
        }
        const beforeVersion = pathname.slice(
            rawType.length + 1,
            atSignIndex === -1 ? pathname.length : atSignIndex
        )
        if (atSignIndex !== -1) {
            // Split the remainder once from right on '@'.
            rawVersion = decodePurlComponent(
                'version',
                pathname.slice(atSignIndex + 1)
            )
        }

        let rawNamespace
        let rawName
        const lastSlashIndex = beforeVersion.lastIndexOf('/')
        if (lastSlashIndex === -1) {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent('name', beforeVersion)
        } else {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent(
                'name',
                beforeVersion.slice(lastSlashIndex + 1)
            )
            // Split the remainder on '/'.
            rawNamespace = decodePurlComponent(
                'namespace',
                beforeVersion.slice(0, lastSlashIndex)
            )
        }

        let rawQualifiers
        const { searchParams } = url
        if (searchParams.size !== 0) {
            searchParams.forEach((value) =>
                decodePurlComponent('qualifiers', value)
            )
            // Split the remainder once from right on '?'.
            rawQualifiers = searchParams
        }

        let rawSubpath
        const { hash } = url
        if (hash.length !== 0) {
            // Split the purl string once from right on '#'.
            rawSubpath = decodePurlComponent('subpath', hash.slice(1))
        }

        return [
            rawType,
            rawNamespace,
            rawName,
            rawVersion,
            rawQualifiers,
            rawSubpath
        ]
    }
}

for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
    Reflect.defineProperty(PackageURL, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
        writable: false
    })
}

Reflect.setPrototypeOf(PackageURL.prototype, null)

module.exports = {
    PackageURL,
    PurlComponent,
    PurlQualifierNames,
    PurlType
}


/***/ }),

/***/ 23071:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
} = __nccwpck_require__(17042)

const { createHelpersNamespaceObject } = __nccwpck_require__(40931)

const {
    normalizeType,
    normalizeNamespace,
    normalizeName,
    normalizeVersion,
    normalizeQualifiers,
    normalizeSubpath
} = __nccwpck_require__(26153)

const { localeCompare, isNonEmptyString } = __nccwpck_require__(77068)

const {
    validateType,
    validateNamespace,
    validateName,
    validateVersion,
    validateQualifiers,
    validateQualifierKey,
    validateSubpath
} = __nccwpck_require__(18518)

const PurlComponentEncoder = (comp) =>
    isNonEmptyString(comp) ? encodeURIComponent(comp) : ''

const PurlComponentStringNormalizer = (comp) =>
    typeof comp === 'string' ? comp : undefined

const PurlComponentValidator = (_comp, _throws) => true

const componentSortOrderLookup = {
    __proto__: null,
    type: 0,
    namespace: 1,
    name: 2,
    version: 3,
    qualifiers: 4,
    qualifierKey: 5,
    qualifierValue: 6,
    subpath: 7
}

function componentSortOrder(comp) {
    return componentSortOrderLookup[comp] ?? comp
}

function componentComparator(compA, compB) {
    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
}

module.exports = {
    // Rules for each purl component:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
    PurlComponent: createHelpersNamespaceObject(
        {
            encode: {
                namespace: encodeNamespace,
                version: encodeVersion,
                qualifiers: encodeQualifiers,
                qualifierKey: encodeQualifierParam,
                qualifierValue: encodeQualifierParam,
                subpath: encodeSubpath
            },
            normalize: {
                type: normalizeType,
                namespace: normalizeNamespace,
                name: normalizeName,
                version: normalizeVersion,
                qualifiers: normalizeQualifiers,
                subpath: normalizeSubpath
            },
            validate: {
                type: validateType,
                namespace: validateNamespace,
                name: validateName,
                version: validateVersion,
                qualifierKey: validateQualifierKey,
                qualifiers: validateQualifiers,
                subpath: validateSubpath
            }
        },
        {
            comparator: componentComparator,
            encode: PurlComponentEncoder,
            normalize: PurlComponentStringNormalizer,
            validate: PurlComponentValidator
        }
    )
}


/***/ }),

/***/ 2797:
/***/ ((module) => {



module.exports = {
    // Known qualifiers:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
    PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: 'repository_url',
        DownloadUrl: 'download_url',
        VcsUrl: 'vcs_url',
        FileName: 'file_name',
        Checksum: 'checksum'
    }
}


/***/ }),

/***/ 86174:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isNullishOrEmptyString } = __nccwpck_require__(4024)

const { createHelpersNamespaceObject } = __nccwpck_require__(40931)

const {
    isSemverString,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes
} = __nccwpck_require__(77068)

const { validateEmptyByType, validateRequiredByType } = __nccwpck_require__(18518)
const { PurlError } = __nccwpck_require__(86088)

const PurlTypNormalizer = (purl) => purl

const PurlTypeValidator = (_purl, _throws) => true

module.exports = {
    // PURL types:
    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
    PurlType: createHelpersNamespaceObject(
        {
            normalize: {
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
                alpm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
                apk(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
                bitbucket(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
                bitnami(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
                composer(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
                deb(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
                gitlab(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
                github(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                // golang(purl) {
                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                //     lowerNamespace(purl)
                //     lowerName(purl)
                //     return purl
                // },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
                hex(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
                huggingface(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl) {
                    if (
                        purl.qualifiers?.repository_url?.includes('databricks')
                    ) {
                        lowerName(purl)
                    }
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
                npm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
                luarocks(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl) {
                    lowerName(purl)
                    purl.name = replaceDashesWithUnderscores(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
                pypi(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    purl.name = replaceUnderscoresWithDashes(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
                qpkg(purl) {
                    lowerNamespace(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
                rpm(purl) {
                    lowerNamespace(purl)
                    return purl
                }
            },
            validate: {
                // TODO: cocoapods name validation
                // TODO: cpan namespace validation
                // TODO: swid qualifier validation
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
                conan(purl, throws) {
                    if (isNullishOrEmptyString(purl.namespace)) {
                        if (purl.qualifiers?.channel) {
                            if (throws) {
                                throw new PurlError(
                                    'conan requires a "namespace" component when a "channel" qualifier is present'
                                )
                            }
                            return false
                        }
                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
                        if (throws) {
                            throw new PurlError(
                                'conan requires a "qualifiers" component when a namespace is present'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
                cran(purl, throws) {
                    return validateRequiredByType(
                        'cran',
                        'version',
                        purl.version,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                golang(purl) {
                    // Still being lenient here since the standard changes aren't official.
                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                    const { version } = purl
                    const length =
                        typeof version === 'string' ? version.length : 0
                    // If the version starts with a "v" then ensure its a valid semver version.
                    // This, by semver semantics, also supports pseudo-version number.
                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
                    if (
                        length &&
                        version.charCodeAt(0) === 118 /*'v'*/ &&
                        !isSemverString(version.slice(1))
                    ) {
                        if (throws) {
                            throw new PurlError(
                                'golang "version" component starting with a "v" must be followed by a valid semver version'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
                maven(purl, throws) {
                    return validateRequiredByType(
                        'maven',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl, throws) {
                    return validateEmptyByType(
                        'mlflow',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl, throws) {
                    return validateEmptyByType(
                        'oci',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl, throws) {
                    const { name } = purl
                    for (let i = 0, { length } = name; i < length; i += 1) {
                        const code = name.charCodeAt(i)
                        // prettier-ignore
                        if (
                  !(
                      (
                          (code >= 48 && code <= 57)  || // 0-9
                          (code >= 97 && code <= 122) || // a-z
                          code === 95 // _
                      )
                  )
              ) {
                  if (throws) {
                      throw new PurlError(
                          'pub "name" component may only contain [a-z0-9_] characters'
                      )
                  }
                  return false
              }
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
                swift(purl, throws) {
                    return (
                        validateRequiredByType(
                            'swift',
                            'namespace',
                            purl.namespace,
                            throws
                        ) &&
                        validateRequiredByType(
                            'swift',
                            'version',
                            purl.version,
                            throws
                        )
                    )
                }
            }
        },
        {
            normalize: PurlTypNormalizer,
            validate: PurlTypeValidator
        }
    )
}


/***/ }),

/***/ 77068:
/***/ ((module) => {



// Intl.Collator is faster than String#localeCompare
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
// > When comparing large numbers of strings, such as in sorting large arrays,
// > it is better to create an Intl.Collator object and use the function provided
// > by its compare() method.
const { compare: localeCompare } = new Intl.Collator()

// This regexp is valid as of 2024-08-01.
// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const regexSemverNumberedGroups =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

function isBlank(str) {
    for (let i = 0, { length } = str; i < length; i += 1) {
        const code = str.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                // Whitespace characters according to ECMAScript spec:
                // https://tc39.es/ecma262/#sec-white-space
                (
                    code === 0x0020 || // Space
                    code === 0x0009 || // Tab
                    code === 0x000a || // Line Feed
                    code === 0x000b || // Vertical Tab
                    code === 0x000c || // Form Feed
                    code === 0x000d || // Carriage Return
                    code === 0x00a0 || // No-Break Space
                    code === 0x1680 || // Ogham Space Mark
                    code === 0x2000 || // En Quad
                    code === 0x2001 || // Em Quad
                    code === 0x2002 || // En Space
                    code === 0x2003 || // Em Space
                    code === 0x2004 || // Three-Per-Em Space
                    code === 0x2005 || // Four-Per-Em Space
                    code === 0x2006 || // Six-Per-Em Space
                    code === 0x2007 || // Figure Space
                    code === 0x2008 || // Punctuation Space
                    code === 0x2009 || // Thin Space
                    code === 0x200a || // Hair Space
                    code === 0x2028 || // Line Separator
                    code === 0x2029 || // Paragraph Separator
                    code === 0x202f || // Narrow No-Break Space
                    code === 0x205f || // Medium Mathematical Space
                    code === 0x3000 || // Ideographic Space
                    code === 0xfeff    // Byte Order Mark
                )
            )
        ) {
            return false
        }
    }
    return true
}

function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0
}

function isSemverString(value) {
    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
}

function lowerName(purl) {
    purl.name = purl.name.toLowerCase()
}

function lowerNamespace(purl) {
    const { namespace } = purl
    if (typeof namespace === 'string') {
        purl.namespace = namespace.toLowerCase()
    }
}

function lowerVersion(purl) {
    const { version } = purl
    if (typeof version === 'string') {
        purl.version = version.toLowerCase()
    }
}

function replaceDashesWithUnderscores(str) {
    // Replace all "-" with "_"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('-', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '_'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function replaceUnderscoresWithDashes(str) {
    // Replace all "_" with "-"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('_', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '-'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function trimLeadingSlashes(str) {
    let start = 0
    while (str.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    return start === 0 ? str : str.slice(start)
}

module.exports = {
    isBlank,
    isNonEmptyString,
    isSemverString,
    localeCompare,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes,
    trimLeadingSlashes
}


/***/ }),

/***/ 18518:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(86088)
const { isNullishOrEmptyString } = __nccwpck_require__(4024)
const { isNonEmptyString } = __nccwpck_require__(77068)

function validateEmptyByType(type, name, value, throws) {
    if (!isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} "${name}" component must be empty`)
        }
        return false
    }
    return true
}

function validateName(name, throws) {
    return (
        validateRequired('name', name, throws) &&
        validateStrings('name', name, throws)
    )
}

function validateNamespace(namespace, throws) {
    return validateStrings('namespace', namespace, throws)
}

function validateQualifiers(qualifiers, throws) {
    if (qualifiers === null || qualifiers === undefined) {
        return true
    }
    if (typeof qualifiers !== 'object') {
        if (throws) {
            throw new PurlError('"qualifiers" must be an object')
        }
        return false
    }
    const keysIterable =
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === 'function'
            ? qualifiers.keys()
            : Object.keys(qualifiers)
    for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws)) {
            return false
        }
    }
    return true
}

function validateQualifierKey(key, throws) {
    // A key cannot start with a number.
    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
        return false
    }
    // The key must be composed only of ASCII letters and numbers,
    // '.', '-' and '_' (period, dash and underscore).
    for (let i = 0, { length } = key; i < length; i += 1) {
        const code = key.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 45 || // -
                    code === 95    // _
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `qualifier "${key}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateRequired(name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`"${name}" is a required component`)
        }
        return false
    }
    return true
}

function validateRequiredByType(type, name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} requires a "${name}" component`)
        }
        return false
    }
    return true
}

function validateStartsWithoutNumber(name, value, throws) {
    if (isNonEmptyString(value)) {
        const code = value.charCodeAt(0)
        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
            if (throws) {
                throw new PurlError(
                    `${name} "${value}" cannot start with a number`
                )
            }
            return false
        }
    }
    return true
}

function validateStrings(name, value, throws) {
    if (value === null || value === undefined || typeof value === 'string') {
        return true
    }
    if (throws) {
        throw new PurlError(`"'${name}" must be a string`)
    }
    return false
}

function validateSubpath(subpath, throws) {
    return validateStrings('subpath', subpath, throws)
}

function validateType(type, throws) {
    // The type cannot be nullish, an empty string, or start with a number.
    if (
        !validateRequired('type', type, throws) ||
        !validateStrings('type', type, throws) ||
        !validateStartsWithoutNumber('type', type, throws)
    ) {
        return false
    }
    // The package type is composed only of ASCII letters and numbers,
    // '.', '+' and '-' (period, plus, and dash)
    for (let i = 0, { length } = type; i < length; i += 1) {
        const code = type.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 43 || // +
                    code === 45    // -
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `type "${type}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateVersion(version, throws) {
    return validateStrings('version', version, throws)
}

module.exports = {
    validateEmptyByType,
    validateName,
    validateNamespace,
    validateQualifiers,
    validateQualifierKey,
    validateRequired,
    validateRequiredByType,
    validateStartsWithoutNumber,
    validateStrings,
    validateSubpath,
    validateType,
    validateVersion
}


/***/ }),

/***/ 2828:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { EventEmitter } = __nccwpck_require__(49420)
const FIFO = __nccwpck_require__(16059)
const TextDecoder = __nccwpck_require__(53486)

const StreamError = __nccwpck_require__(77049)

// if we do a future major, expect queue microtask to be there always, for now a bit defensive
const qmt =
  typeof queueMicrotask === 'undefined' ? (fn) => global.process.nextTick(fn) : queueMicrotask

// 29 bits used total (4 from shared, 14 from read, and 11 from write)
const MAX = (1 << 29) - 1

// Shared state
const OPENING = 0b0001
const PREDESTROYING = 0b0010
const DESTROYING = 0b0100
const DESTROYED = 0b1000

const NOT_OPENING = MAX ^ OPENING
const NOT_PREDESTROYING = MAX ^ PREDESTROYING

// Read state (4 bit offset from shared state)
const READ_ACTIVE = 0b00000000000001 << 4
const READ_UPDATING = 0b00000000000010 << 4
const READ_PRIMARY = 0b00000000000100 << 4
const READ_QUEUED = 0b00000000001000 << 4
const READ_RESUMED = 0b00000000010000 << 4
const READ_PIPE_DRAINED = 0b00000000100000 << 4
const READ_ENDING = 0b00000001000000 << 4
const READ_EMIT_DATA = 0b00000010000000 << 4
const READ_EMIT_READABLE = 0b00000100000000 << 4
const READ_EMITTED_READABLE = 0b00001000000000 << 4
const READ_DONE = 0b00010000000000 << 4
const READ_NEXT_TICK = 0b00100000000000 << 4
const READ_NEEDS_PUSH = 0b01000000000000 << 4
const READ_READ_AHEAD = 0b10000000000000 << 4

// Combined read state
const READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED
const READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH
const READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE
const READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED
const READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD

const READ_NOT_ACTIVE = MAX ^ READ_ACTIVE
const READ_NON_PRIMARY = MAX ^ READ_PRIMARY
const READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH)
const READ_PUSHED = MAX ^ READ_NEEDS_PUSH
const READ_PAUSED = MAX ^ READ_RESUMED
const READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE)
const READ_NOT_ENDING = MAX ^ READ_ENDING
const READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING
const READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK
const READ_NOT_UPDATING = MAX ^ READ_UPDATING
const READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD
const READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD

// Write state (18 bit offset, 4 bit offset from shared state and 14 from read state)
const WRITE_ACTIVE = 0b00000000001 << 18
const WRITE_UPDATING = 0b00000000010 << 18
const WRITE_PRIMARY = 0b00000000100 << 18
const WRITE_QUEUED = 0b00000001000 << 18
const WRITE_UNDRAINED = 0b00000010000 << 18
const WRITE_DONE = 0b00000100000 << 18
const WRITE_EMIT_DRAIN = 0b00001000000 << 18
const WRITE_NEXT_TICK = 0b00010000000 << 18
const WRITE_WRITING = 0b00100000000 << 18
const WRITE_FINISHING = 0b01000000000 << 18
const WRITE_CORKED = 0b10000000000 << 18

const WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING)
const WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY
const WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING)
const WRITE_DRAINED = MAX ^ WRITE_UNDRAINED
const WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED
const WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK
const WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING
const WRITE_NOT_CORKED = MAX ^ WRITE_CORKED

// Combined shared state
const ACTIVE = READ_ACTIVE | WRITE_ACTIVE
const NOT_ACTIVE = MAX ^ ACTIVE
const DONE = READ_DONE | WRITE_DONE
const DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING
const OPEN_STATUS = DESTROY_STATUS | OPENING
const AUTO_DESTROY = DESTROY_STATUS | DONE
const NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY
const ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK
const TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE
const IS_OPENING = OPEN_STATUS | TICKING

// Combined shared state and read state
const READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE
const READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED
const READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED
const READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE
const SHOULD_NOT_READ =
  OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD
const READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE
const READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY
const READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING

// Combined write state
const WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED
const WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE
const WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE
const WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED
const WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE
const WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING
const WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE
const WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE
const WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY
const WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS

const asyncIterator = Symbol.asyncIterator || Symbol('asyncIterator')

class WritableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark
    this.buffered = 0
    this.error = null
    this.pipeline = null
    this.drains = null // if we add more seldomly used helpers we might them into a subobject so its a single ptr
    this.byteLength = byteLengthWritable || byteLength || defaultByteLength
    this.map = mapWritable || map
    this.afterWrite = afterWrite.bind(this)
    this.afterUpdateNextTick = updateWriteNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & WRITE_FINISHING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & WRITE_DONE) !== 0
  }

  push(data) {
    if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false
    if (this.map !== null) data = this.map(data)

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    if (this.buffered < this.highWaterMark) {
      this.stream._duplexState |= WRITE_QUEUED
      return true
    }

    this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED
    return false
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED

    return data
  }

  end(data) {
    if (typeof data === 'function') {
      this.stream.once('finish', data)
    } else if (data !== undefined && data !== null) {
      this.push(data)
    }

    this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY
  }

  autoBatch(data, cb) {
    const buffer = []
    const stream = this.stream

    buffer.push(data)
    while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
      buffer.push(stream._writableState.shift())
    }

    if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null)
    stream._writev(buffer, cb)
  }

  update() {
    const stream = this.stream

    stream._duplexState |= WRITE_UPDATING

    do {
      while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
        const data = this.shift()
        stream._duplexState |= WRITE_ACTIVE_AND_WRITING
        stream._write(data, this.afterWrite)
      }

      if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary()
    } while (this.continueUpdate() === true)

    stream._duplexState &= WRITE_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
      stream._duplexState = stream._duplexState | WRITE_ACTIVE
      stream._final(afterFinal.bind(this))
      return
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTick() {
    if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return
    this.stream._duplexState |= WRITE_NEXT_TICK
    if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class ReadableState {
  constructor(
    stream,
    { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}
  ) {
    this.stream = stream
    this.queue = new FIFO()
    this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark
    this.buffered = 0
    this.readAhead = highWaterMark > 0
    this.error = null
    this.pipeline = null
    this.byteLength = byteLengthReadable || byteLength || defaultByteLength
    this.map = mapReadable || map
    this.pipeTo = null
    this.afterRead = afterRead.bind(this)
    this.afterUpdateNextTick = updateReadNT.bind(this)
  }

  get ending() {
    return (this.stream._duplexState & READ_ENDING) !== 0
  }

  get ended() {
    return (this.stream._duplexState & READ_DONE) !== 0
  }

  pipe(pipeTo, cb) {
    if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT('Can only pipe to one destination')
    if (typeof cb !== 'function') cb = null

    this.stream._duplexState |= READ_PIPE_DRAINED
    this.pipeTo = pipeTo
    this.pipeline = new Pipeline(this.stream, pipeTo, cb)

    if (cb) this.stream.on('error', noop) // We already error handle this so supress crashes

    if (isStreamx(pipeTo)) {
      pipeTo._writableState.pipeline = this.pipeline
      if (cb) pipeTo.on('error', noop) // We already error handle this so supress crashes
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline)) // TODO: just call finished from pipeTo itself
    } else {
      const onerror = this.pipeline.done.bind(this.pipeline, pipeTo)
      const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null) // onclose has a weird bool arg
      pipeTo.on('error', onerror)
      pipeTo.on('close', onclose)
      pipeTo.on('finish', this.pipeline.finished.bind(this.pipeline))
    }

    pipeTo.on('drain', afterDrain.bind(this))
    this.stream.emit('piping', pipeTo)
    pipeTo.emit('pipe', this.stream)
  }

  push(data) {
    const stream = this.stream

    if (data === null) {
      this.highWaterMark = 0
      stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED
      return false
    }

    if (this.map !== null) {
      data = this.map(data)
      if (data === null) {
        stream._duplexState &= READ_PUSHED
        return this.buffered < this.highWaterMark
      }
    }

    this.buffered += this.byteLength(data)
    this.queue.push(data)

    stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED

    return this.buffered < this.highWaterMark
  }

  shift() {
    const data = this.queue.shift()

    this.buffered -= this.byteLength(data)
    if (this.buffered === 0) {
      this.stream._duplexState &= READ_NOT_QUEUED
    }

    return data
  }

  unshift(data) {
    const pending = [this.map !== null ? this.map(data) : data]
    while (this.buffered > 0) pending.push(this.shift())

    for (let i = 0; i < pending.length - 1; i++) {
      const data = pending[i]
      this.buffered += this.byteLength(data)
      this.queue.push(data)
    }

    this.push(pending[pending.length - 1])
  }

  read() {
    const stream = this.stream

    if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }

      return data
    }

    if (this.readAhead === false) {
      stream._duplexState |= READ_READ_AHEAD
      this.updateNextTick()
    }

    return null
  }

  drain() {
    const stream = this.stream

    while (
      (stream._duplexState & READ_STATUS) === READ_QUEUED &&
      (stream._duplexState & READ_FLOWING) !== 0
    ) {
      const data = this.shift()

      if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
        stream._duplexState &= READ_PIPE_NOT_DRAINED
      }

      if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
        stream.emit('data', data)
      }
    }
  }

  update() {
    const stream = this.stream

    stream._duplexState |= READ_UPDATING

    do {
      this.drain()

      while (
        this.buffered < this.highWaterMark &&
        (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD
      ) {
        stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH
        stream._read(this.afterRead)
        this.drain()
      }

      if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
        stream._duplexState |= READ_EMITTED_READABLE
        stream.emit('readable')
      }

      if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
        this.updateNonPrimary()
      }
    } while (this.continueUpdate() === true)

    stream._duplexState &= READ_NOT_UPDATING
  }

  updateNonPrimary() {
    const stream = this.stream

    if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
      stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING
      stream.emit('end')

      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING
      }

      if (this.pipeTo !== null) {
        this.pipeTo.end()
      }
    }

    if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
      if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
        stream._duplexState |= ACTIVE
        stream._destroy(afterDestroy.bind(this))
      }
      return
    }

    if ((stream._duplexState & IS_OPENING) === OPENING) {
      stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING
      stream._open(afterOpen.bind(this))
    }
  }

  continueUpdate() {
    if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    return true
  }

  updateCallback() {
    if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
      this.update()
    } else {
      this.updateNextTick()
    }
  }

  updateNextTickIfOpen() {
    if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }

  updateNextTick() {
    if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return
    this.stream._duplexState |= READ_NEXT_TICK
    if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick)
  }
}

class TransformState {
  constructor(stream) {
    this.data = null
    this.afterTransform = afterTransform.bind(stream)
    this.afterFinal = null
  }
}

class Pipeline {
  constructor(src, dst, cb) {
    this.from = src
    this.to = dst
    this.afterPipe = cb
    this.error = null
    this.pipeToFinished = false
  }

  finished() {
    this.pipeToFinished = true
  }

  done(stream, err) {
    if (err) this.error = err

    if (stream === this.to) {
      this.to = null

      if (this.from !== null) {
        if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
          this.from.destroy(this.error || StreamError.PREMATURE_CLOSE('Writable stream closed'))
        }
        return
      }
    }

    if (stream === this.from) {
      this.from = null

      if (this.to !== null) {
        if ((stream._duplexState & READ_DONE) === 0) {
          this.to.destroy(this.error || StreamError.PREMATURE_CLOSE('Readable stream closed'))
        }
        return
      }
    }

    if (this.afterPipe !== null) this.afterPipe(this.error)
    this.to = this.from = this.afterPipe = null
  }
}

function afterDrain() {
  this.stream._duplexState |= READ_PIPE_DRAINED
  this.updateCallback()
}

function afterFinal(err) {
  const stream = this.stream
  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROY_STATUS) === 0) {
    stream._duplexState |= WRITE_DONE
    stream.emit('finish')
  }

  if ((stream._duplexState & AUTO_DESTROY) === DONE) {
    stream._duplexState |= DESTROYING
  }

  stream._duplexState &= WRITE_NOT_FINISHING

  // no need to wait the extra tick here, so we short circuit that
  if ((stream._duplexState & WRITE_UPDATING) === 0) {
    this.update()
  } else {
    this.updateNextTick()
  }
}

function afterDestroy(err) {
  const stream = this.stream

  if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error
  if (err) stream.emit('error', err)

  stream._duplexState |= DESTROYED
  stream.emit('close')

  const rs = stream._readableState
  const ws = stream._writableState

  if (rs !== null && rs.pipeline !== null) {
    rs.pipeline.done(stream, err)
  }

  if (ws !== null) {
    while (ws.drains !== null && ws.drains.length > 0) {
      ws.drains.shift().resolve(false)
    }

    if (ws.pipeline !== null) {
      ws.pipeline.done(stream, err)
    }
  }
}

function afterWrite(err) {
  const stream = this.stream

  if (err) stream.destroy(err)
  stream._duplexState &= WRITE_NOT_ACTIVE

  if (this.drains !== null) tickDrains(this.drains)

  if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
    stream._duplexState &= WRITE_DRAINED

    if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
      stream.emit('drain')
    }
  }

  this.updateCallback()
}

function afterRead(err) {
  if (err) this.stream.destroy(err)
  this.stream._duplexState &= READ_NOT_ACTIVE

  if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
    this.stream._duplexState &= READ_NO_READ_AHEAD
  }

  this.updateCallback()
}

function updateReadNT() {
  if ((this.stream._duplexState & READ_UPDATING) === 0) {
    this.stream._duplexState &= READ_NOT_NEXT_TICK
    this.update()
  }
}

function updateWriteNT() {
  if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
    this.stream._duplexState &= WRITE_NOT_NEXT_TICK
    this.update()
  }
}

function tickDrains(drains) {
  for (let i = 0; i < drains.length; i++) {
    // drains.writes are monotonic, so if one is 0 its always the first one
    if (--drains[i].writes === 0) {
      drains.shift().resolve(true)
      i--
    }
  }
}

function afterOpen(err) {
  const stream = this.stream

  if (err) stream.destroy(err)

  if ((stream._duplexState & DESTROYING) === 0) {
    if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
      stream._duplexState |= READ_PRIMARY
    }

    if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
      stream._duplexState |= WRITE_PRIMARY
    }

    stream.emit('open')
  }

  stream._duplexState &= NOT_ACTIVE

  if (stream._writableState !== null) {
    stream._writableState.updateCallback()
  }

  if (stream._readableState !== null) {
    stream._readableState.updateCallback()
  }
}

function afterTransform(err, data) {
  if (data !== undefined && data !== null) this.push(data)
  this._writableState.afterWrite(err)
}

function newListener(name) {
  if (this._readableState !== null) {
    if (name === 'data') {
      this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD
      this._readableState.updateNextTick()
    }
    if (name === 'readable') {
      this._duplexState |= READ_EMIT_READABLE
      this._readableState.updateNextTick()
    }
  }

  if (this._writableState !== null) {
    if (name === 'drain') {
      this._duplexState |= WRITE_EMIT_DRAIN
      this._writableState.updateNextTick()
    }
  }
}

class Stream extends EventEmitter {
  constructor(opts) {
    super()

    this._duplexState = 0
    this._readableState = null
    this._writableState = null

    if (opts) {
      if (opts.open) this._open = opts.open
      if (opts.destroy) this._destroy = opts.destroy
      if (opts.predestroy) this._predestroy = opts.predestroy
      if (opts.signal) opts.signal.addEventListener('abort', abort.bind(this))
    }

    this.on('newListener', newListener)
  }

  _open(cb) {
    cb(null)
  }

  _destroy(cb) {
    cb(null)
  }

  _predestroy() {
    // does nothing
  }

  get readable() {
    return this._readableState !== null ? true : undefined
  }

  get writable() {
    return this._writableState !== null ? true : undefined
  }

  get destroyed() {
    return (this._duplexState & DESTROYED) !== 0
  }

  get destroying() {
    return (this._duplexState & DESTROY_STATUS) !== 0
  }

  destroy(err) {
    if ((this._duplexState & DESTROY_STATUS) === 0) {
      if (!err) err = StreamError.STREAM_DESTROYED()
      this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY

      if (this._readableState !== null) {
        this._readableState.highWaterMark = 0
        this._readableState.error = err
      }

      if (this._writableState !== null) {
        this._writableState.highWaterMark = 0
        this._writableState.error = err
      }

      this._duplexState |= PREDESTROYING
      this._predestroy()
      this._duplexState &= NOT_PREDESTROYING

      if (this._readableState !== null) {
        this._readableState.updateNextTick()
      }

      if (this._writableState !== null) {
        this._writableState.updateNextTick()
      }
    }
  }
}

class Readable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD
    this._readableState = new ReadableState(this, opts)

    if (opts) {
      if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD
      if (opts.read) this._read = opts.read
      if (opts.eagerOpen) this._readableState.updateNextTick()
      if (opts.encoding) this.setEncoding(opts.encoding)
    }
  }

  static deferred(fn, opts) {
    const out = new PassThrough(opts)

    fn()
      .then((src) => {
        if (src === null) return out.end()
        if (out.destroying) return
        pipeline(src, out, noop)
      })
      .catch((err) => out.destroy(err))

    return out
  }

  setEncoding(encoding) {
    const dec = new TextDecoder(encoding)
    const map = this._readableState.map || echo
    this._readableState.map = mapOrSkip
    return this

    function mapOrSkip(data) {
      const next = dec.push(data)
      return next === '' && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next)
    }
  }

  _read(cb) {
    cb(null)
  }

  pipe(dest, cb) {
    this._readableState.updateNextTick()
    this._readableState.pipe(dest, cb)
    return dest
  }

  read() {
    this._readableState.updateNextTick()
    return this._readableState.read()
  }

  push(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.push(data)
  }

  unshift(data) {
    this._readableState.updateNextTickIfOpen()
    return this._readableState.unshift(data)
  }

  resume() {
    this._duplexState |= READ_RESUMED_READ_AHEAD
    this._readableState.updateNextTick()
    return this
  }

  pause() {
    this._duplexState &=
      this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED
    return this
  }

  static _fromAsyncIterator(ite, opts) {
    let destroy

    const rs = new Readable({
      ...opts,
      read(cb) {
        ite.next().then(push).then(cb.bind(null, null)).catch(cb)
      },
      predestroy() {
        destroy = ite.return()
      },
      destroy(cb) {
        if (!destroy) return cb(null)
        destroy.then(cb.bind(null, null)).catch(cb)
      }
    })

    return rs

    function push(data) {
      if (data.done) rs.push(null)
      else rs.push(data.value)
    }
  }

  static from(data, opts) {
    if (isReadStreamx(data)) return data
    if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts)
    if (!Array.isArray(data)) data = data === undefined ? [] : [data]

    let i = 0
    return new Readable({
      ...opts,
      read(cb) {
        this.push(i === data.length ? null : data[i++])
        cb(null)
      }
    })
  }

  static isBackpressured(rs) {
    return (
      (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 ||
      rs._readableState.buffered >= rs._readableState.highWaterMark
    )
  }

  static isPaused(rs) {
    return (rs._duplexState & READ_RESUMED) === 0
  }

  [asyncIterator]() {
    const stream = this

    let error = null
    let promiseResolve = null
    let promiseReject = null

    this.on('error', (err) => {
      error = err
    })
    this.on('readable', onreadable)
    this.on('close', onclose)

    return {
      [asyncIterator]() {
        return this
      },
      next() {
        return new Promise(function (resolve, reject) {
          promiseResolve = resolve
          promiseReject = reject
          const data = stream.read()
          if (data !== null) ondata(data)
          else if ((stream._duplexState & DESTROYED) !== 0) ondata(null)
        })
      },
      return() {
        return destroy(null)
      },
      throw(err) {
        return destroy(err)
      }
    }

    function onreadable() {
      if (promiseResolve !== null) ondata(stream.read())
    }

    function onclose() {
      if (promiseResolve !== null) ondata(null)
    }

    function ondata(data) {
      if (promiseReject === null) return
      if (error) {
        promiseReject(error)
      } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
        promiseReject(StreamError.STREAM_DESTROYED())
      } else {
        promiseResolve({ value: data, done: data === null })
      }
      promiseReject = promiseResolve = null
    }

    function destroy(err) {
      stream.destroy(err)
      return new Promise((resolve, reject) => {
        if (stream._duplexState & DESTROYED) return resolve({ value: undefined, done: true })
        stream.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

class Writable extends Stream {
  constructor(opts) {
    super(opts)

    this._duplexState |= OPENING | READ_DONE
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
      if (opts.eagerOpen) this._writableState.updateNextTick()
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  static isBackpressured(ws) {
    return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0
  }

  static drained(ws) {
    if (ws.destroyed) return Promise.resolve(false)

    const state = ws._writableState
    const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length
    const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0)
    if (writes === 0) return Promise.resolve(true)

    if (state.drains === null) state.drains = []
    return new Promise((resolve) => {
      state.drains.push({ writes, resolve })
    })
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Duplex extends Readable {
  // and Writable
  constructor(opts) {
    super(opts)

    this._duplexState = OPENING | (this._duplexState & READ_READ_AHEAD)
    this._writableState = new WritableState(this, opts)

    if (opts) {
      if (opts.writev) this._writev = opts.writev
      if (opts.write) this._write = opts.write
      if (opts.final) this._final = opts.final
    }
  }

  cork() {
    this._duplexState |= WRITE_CORKED
  }

  uncork() {
    this._duplexState &= WRITE_NOT_CORKED
    this._writableState.updateNextTick()
  }

  _writev(batch, cb) {
    cb(null)
  }

  _write(data, cb) {
    this._writableState.autoBatch(data, cb)
  }

  _final(cb) {
    cb(null)
  }

  write(data) {
    this._writableState.updateNextTick()
    return this._writableState.push(data)
  }

  end(data) {
    this._writableState.updateNextTick()
    this._writableState.end(data)
    return this
  }
}

class Transform extends Duplex {
  constructor(opts) {
    super(opts)
    this._transformState = new TransformState(this)

    if (opts) {
      if (opts.transform) this._transform = opts.transform
      if (opts.flush) this._flush = opts.flush
    }
  }

  _write(data, cb) {
    if (this._readableState.buffered >= this._readableState.highWaterMark) {
      this._transformState.data = data
    } else {
      this._transform(data, this._transformState.afterTransform)
    }
  }

  _read(cb) {
    if (this._transformState.data !== null) {
      const data = this._transformState.data
      this._transformState.data = null
      cb(null)
      this._transform(data, this._transformState.afterTransform)
    } else {
      cb(null)
    }
  }

  destroy(err) {
    super.destroy(err)
    if (this._transformState.data !== null) {
      this._transformState.data = null
      this._transformState.afterTransform()
    }
  }

  _transform(data, cb) {
    cb(null, data)
  }

  _flush(cb) {
    cb(null)
  }

  _final(cb) {
    this._transformState.afterFinal = cb
    this._flush(transformAfterFlush.bind(this))
  }
}

class PassThrough extends Transform {}

function transformAfterFlush(err, data) {
  const cb = this._transformState.afterFinal
  if (err) return cb(err)

  if (data !== null && data !== undefined) this.push(data)
  this.push(null)
  cb(null)
}

function pipelinePromise(...streams) {
  return new Promise((resolve, reject) => {
    return pipeline(...streams, (err) => {
      if (err) return reject(err)
      resolve()
    })
  })
}

function pipeline(stream, ...streams) {
  const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams]
  const done = all.length && typeof all[all.length - 1] === 'function' ? all.pop() : null

  if (all.length < 2) throw StreamError.BAD_ARGUMENT('Pipeline requires at least 2 streams')

  let src = all[0]
  let dest = null
  let error = null

  for (let i = 1; i < all.length; i++) {
    dest = all[i]

    if (isStreamx(src)) {
      src.pipe(dest, onerror)
    } else {
      errorHandle(src, true, i > 1, onerror)
      src.pipe(dest)
    }

    src = dest
  }

  if (done) {
    let fin = false

    const autoDestroy =
      isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy)

    dest.on('error', (err) => {
      if (error === null) error = err
    })

    dest.on('finish', () => {
      fin = true
      if (!autoDestroy) done(error)
    })

    if (autoDestroy) {
      dest.on('close', () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())))
    }
  }

  return dest

  function errorHandle(s, rd, wr, onerror) {
    s.on('error', onerror)
    s.on('close', onclose)

    function onclose() {
      if (rd && s._readableState && !s._readableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
      if (wr && s._writableState && !s._writableState.ended) {
        return onerror(StreamError.PREMATURE_CLOSE())
      }
    }
  }

  function onerror(err) {
    if (!err || error) return
    error = err

    for (const s of all) {
      s.destroy(err)
    }
  }
}

function echo(s) {
  return s
}

function isStream(stream) {
  return !!stream._readableState || !!stream._writableState
}

function isStreamx(stream) {
  return typeof stream._duplexState === 'number' && isStream(stream)
}

function isEnding(stream) {
  return !!stream._readableState && stream._readableState.ending
}

function isEnded(stream) {
  return !!stream._readableState && stream._readableState.ended
}

function isFinishing(stream) {
  return !!stream._writableState && stream._writableState.ending
}

function isFinished(stream) {
  return !!stream._writableState && stream._writableState.ended
}

function getStreamError(stream, opts = {}) {
  const err =
    (stream._readableState && stream._readableState.error) ||
    (stream._writableState && stream._writableState.error)

  // avoid implicit errors by default
  return !opts.all && StreamError.isStreamDestroyed(err) ? null : err
}

function isReadStreamx(stream) {
  return isStreamx(stream) && stream.readable
}

function isDisturbed(stream) {
  return (
    (stream._duplexState & OPENING) !== OPENING ||
    (stream._duplexState & DESTROYING) === DESTROYING ||
    (stream._duplexState & ACTIVE_OR_TICKING) !== 0
  )
}

function isTypedArray(data) {
  return typeof data === 'object' && data !== null && typeof data.byteLength === 'number'
}

function defaultByteLength(data) {
  return isTypedArray(data) ? data.byteLength : 1024
}

function noop() {}

function abort() {
  this.destroy(StreamError.ABORTED())
}

function isWritev(s) {
  return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev
}

module.exports = {
  pipeline,
  pipelinePromise,
  isStream,
  isStreamx,
  isEnding,
  isEnded,
  isFinishing,
  isFinished,
  isDisturbed,
  getStreamError,
  Stream,
  Writable,
  Readable,
  Duplex,
  Transform,
  // Export PassThrough for compatibility with Node.js core's stream module
  PassThrough
}


/***/ }),

/***/ 77049:
/***/ ((module) => {

module.exports = class StreamError extends Error {
  constructor(msg, code, fn = StreamError) {
    super(msg)

    this.code = code

    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, fn)
    }
  }

  static isStreamDestroyed(err) {
    return err && err.code === 'STREAM_DESTROYED'
  }

  static isPrematureClose(err) {
    return err && err.code === 'PREMATURE_CLOSE'
  }

  static isAborted(err) {
    return err && err.code === 'ABORTED'
  }

  static isBadArgument(err) {
    return err && err.code === 'BAD_ARGUMENT'
  }

  get name() {
    return 'StreamError'
  }

  static STREAM_DESTROYED() {
    return new StreamError('Stream was destroyed', 'STREAM_DESTROYED', StreamError.STREAM_DESTROYED)
  }

  static PREMATURE_CLOSE(msg = 'Premature close') {
    return new StreamError(msg, 'PREMATURE_CLOSE', StreamError.PREMATURE_CLOSE)
  }

  static ABORTED() {
    return new StreamError('Stream aborted', 'ABORTED', StreamError.ABORTED)
  }

  static BAD_ARGUMENT(msg = 'Bad argument') {
    return new StreamError(msg, 'BAD_ARGUMENT', StreamError.BAD_ARGUMENT)
  }
}


/***/ }),

/***/ 7783:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const constants = { // just for envs without fs
  S_IFMT: 61440,
  S_IFDIR: 16384,
  S_IFCHR: 8192,
  S_IFBLK: 24576,
  S_IFIFO: 4096,
  S_IFLNK: 40960
}

try {
  module.exports = (__nccwpck_require__(79896).constants) || constants
} catch {
  module.exports = constants
}


/***/ }),

/***/ 62835:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Writable, Readable, getStreamError } = __nccwpck_require__(2828)
const FIFO = __nccwpck_require__(16059)
const b4a = __nccwpck_require__(67617)
const headers = __nccwpck_require__(89484)

const EMPTY = b4a.alloc(0)
const MAX_HEADER_SIZE = 4 * 1024 * 1024 // arbitrary big number

class BufferList {
  constructor () {
    this.buffered = 0
    this.shifted = 0
    this.queue = new FIFO()

    this._offset = 0
  }

  push (buffer) {
    this.buffered += buffer.byteLength
    this.queue.push(buffer)
  }

  shiftFirst (size) {
    return this.buffered === 0 ? null : this._next(size)
  }

  shift (size) {
    if (size > this.buffered) return null
    if (size === 0) return EMPTY

    let chunk = this._next(size)

    if (size === chunk.byteLength) return chunk // likely case

    const chunks = [chunk]

    while ((size -= chunk.byteLength) > 0) {
      chunk = this._next(size)
      chunks.push(chunk)
    }

    return b4a.concat(chunks)
  }

  _next (size) {
    const buf = this.queue.peek()
    const rem = buf.byteLength - this._offset

    if (size >= rem) {
      const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf
      this.queue.shift()
      this._offset = 0
      this.buffered -= rem
      this.shifted += rem
      return sub
    }

    this.buffered -= size
    this.shifted += size

    return buf.subarray(this._offset, (this._offset += size))
  }
}

class Source extends Readable {
  constructor (self, header, offset) {
    super()

    this.header = header
    this.offset = offset

    this._parent = self
  }

  _read (cb) {
    if (this.header.size === 0) {
      this.push(null)
    }
    if (this._parent._stream === this) {
      this._parent._update()
    }
    cb(null)
  }

  _predestroy () {
    this._parent.destroy(getStreamError(this))
  }

  _detach () {
    if (this._parent._stream === this) {
      this._parent._stream = null
      this._parent._missing = overflow(this.header.size)
      this._parent._update()
    }
  }

  _destroy (cb) {
    this._detach()
    cb(null)
  }
}

class Extract extends Writable {
  constructor (opts) {
    super(opts)

    if (!opts) opts = {}

    this._buffer = new BufferList()
    this._offset = 0
    this._header = null
    this._stream = null
    this._missing = 0
    this._longHeader = false
    this._callback = noop
    this._locked = false
    this._finished = false
    this._pax = null
    this._paxGlobal = null
    this._gnuLongPath = null
    this._gnuLongLinkPath = null
    this._filenameEncoding = opts.filenameEncoding || 'utf-8'
    this._allowUnknownFormat = !!opts.allowUnknownFormat
    this._unlockBound = this._unlock.bind(this)
  }

  _unlock (err) {
    this._locked = false

    if (err) {
      this.destroy(err)
      this._continueWrite(err)
      return
    }

    this._update()
  }

  _consumeHeader () {
    if (this._locked) return false

    this._offset = this._buffer.shifted

    try {
      this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    if (!this._header) return true

    this._header.byteOffset = this._buffer.shifted

    switch (this._header.type) {
      case 'gnu-long-path':
      case 'gnu-long-link-path':
      case 'pax-global-header':
      case 'pax-header':
        this._longHeader = true
        this._missing = this._header.size
        if (this._missing > MAX_HEADER_SIZE) {
          this._continueWrite(new Error('Header exceeds max size'))
          return false
        }
        return true
    }

    this._locked = true
    this._applyLongHeaders()

    if (!(this._header.size >= 0)) {
      this._continueWrite(new Error('Invalid header'))
      return false
    }

    if (this._header.size === 0 || this._header.type === 'directory') {
      this.emit('entry', this._header, this._createStream(), this._unlockBound)
      return true
    }

    this._stream = this._createStream()
    this._missing = this._header.size

    this.emit('entry', this._header, this._stream, this._unlockBound)
    return true
  }

  _applyLongHeaders () {
    if (this._gnuLongPath) {
      this._header.name = this._gnuLongPath
      this._gnuLongPath = null
    }

    if (this._gnuLongLinkPath) {
      this._header.linkname = this._gnuLongLinkPath
      this._gnuLongLinkPath = null
    }

    if (this._pax) {
      if (this._pax.path) this._header.name = this._pax.path
      if (this._pax.linkpath) this._header.linkname = this._pax.linkpath
      if (this._pax.size) this._header.size = parseInt(this._pax.size, 10)
      this._header.pax = this._pax
      this._pax = null
    }
  }

  _decodeLongHeader (buf) {
    switch (this._header.type) {
      case 'gnu-long-path':
        this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'gnu-long-link-path':
        this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding)
        break
      case 'pax-global-header':
        this._paxGlobal = headers.decodePax(buf)
        break
      case 'pax-header':
        this._pax = this._paxGlobal === null
          ? headers.decodePax(buf)
          : Object.assign({}, this._paxGlobal, headers.decodePax(buf))
        break
    }
  }

  _consumeLongHeader () {
    this._longHeader = false
    this._missing = overflow(this._header.size)

    const buf = this._buffer.shift(this._header.size)

    try {
      this._decodeLongHeader(buf)
    } catch (err) {
      this._continueWrite(err)
      return false
    }

    return true
  }

  _consumeStream () {
    const buf = this._buffer.shiftFirst(this._missing)
    if (buf === null) return false

    this._missing -= buf.byteLength
    const drained = this._stream.push(buf)

    if (this._missing === 0) {
      this._stream.push(null)
      if (drained) this._stream._detach()
      return drained && this._locked === false
    }

    return drained
  }

  _createStream () {
    return new Source(this, this._header, this._offset)
  }

  _update () {
    while (this._buffer.buffered > 0 && !this.destroying) {
      if (this._missing > 0) {
        if (this._stream !== null) {
          if (this._consumeStream() === false) return
          continue
        }

        if (this._longHeader === true) {
          if (this._missing > this._buffer.buffered) break
          if (this._consumeLongHeader() === false) return false
          continue
        }

        const ignore = this._buffer.shiftFirst(this._missing)
        if (ignore !== null) this._missing -= ignore.byteLength
        continue
      }

      if (this._buffer.buffered < 512) break
      if (this._stream !== null || this._consumeHeader() === false) return
    }

    this._continueWrite(null)
  }

  _continueWrite (err) {
    const cb = this._callback
    this._callback = noop
    cb(err)
  }

  _write (data, cb) {
    this._callback = cb
    this._buffer.push(data)
    this._update()
  }

  _final (cb) {
    this._finished = this._missing === 0 && this._buffer.buffered === 0
    cb(this._finished ? null : new Error('Unexpected end of data'))
  }

  _predestroy () {
    this._continueWrite(null)
  }

  _destroy (cb) {
    if (this._stream) this._stream.destroy(getStreamError(this))
    cb(null)
  }

  [Symbol.asyncIterator] () {
    let error = null

    let promiseResolve = null
    let promiseReject = null

    let entryStream = null
    let entryCallback = null

    const extract = this

    this.on('entry', onentry)
    this.on('error', (err) => { error = err })
    this.on('close', onclose)

    return {
      [Symbol.asyncIterator] () {
        return this
      },
      next () {
        return new Promise(onnext)
      },
      return () {
        return destroy(null)
      },
      throw (err) {
        return destroy(err)
      }
    }

    function consumeCallback (err) {
      if (!entryCallback) return
      const cb = entryCallback
      entryCallback = null
      cb(err)
    }

    function onnext (resolve, reject) {
      if (error) {
        return reject(error)
      }

      if (entryStream) {
        resolve({ value: entryStream, done: false })
        entryStream = null
        return
      }

      promiseResolve = resolve
      promiseReject = reject

      consumeCallback(null)

      if (extract._finished && promiseResolve) {
        promiseResolve({ value: undefined, done: true })
        promiseResolve = promiseReject = null
      }
    }

    function onentry (header, stream, callback) {
      entryCallback = callback
      stream.on('error', noop) // no way around this due to tick sillyness

      if (promiseResolve) {
        promiseResolve({ value: stream, done: false })
        promiseResolve = promiseReject = null
      } else {
        entryStream = stream
      }
    }

    function onclose () {
      consumeCallback(error)
      if (!promiseResolve) return
      if (error) promiseReject(error)
      else promiseResolve({ value: undefined, done: true })
      promiseResolve = promiseReject = null
    }

    function destroy (err) {
      extract.destroy(err)
      consumeCallback(err)
      return new Promise((resolve, reject) => {
        if (extract.destroyed) return resolve({ value: undefined, done: true })
        extract.once('close', function () {
          if (err) reject(err)
          else resolve({ value: undefined, done: true })
        })
      })
    }
  }
}

module.exports = function extract (opts) {
  return new Extract(opts)
}

function noop () {}

function overflow (size) {
  size &= 511
  return size && 512 - size
}


/***/ }),

/***/ 89484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(67617)

const ZEROS = '0000000000000000000'
const SEVENS = '7777777777777777777'
const ZERO_OFFSET = '0'.charCodeAt(0)
const USTAR_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x00]) // ustar\x00
const USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET])
const GNU_MAGIC = b4a.from([0x75, 0x73, 0x74, 0x61, 0x72, 0x20]) // ustar\x20
const GNU_VER = b4a.from([0x20, 0x00])
const MASK = 0o7777
const MAGIC_OFFSET = 257
const VERSION_OFFSET = 263

exports.decodeLongPath = function decodeLongPath (buf, encoding) {
  return decodeStr(buf, 0, buf.length, encoding)
}

exports.encodePax = function encodePax (opts) { // TODO: encode more stuff in pax
  let result = ''
  if (opts.name) result += addLength(' path=' + opts.name + '\n')
  if (opts.linkname) result += addLength(' linkpath=' + opts.linkname + '\n')
  const pax = opts.pax
  if (pax) {
    for (const key in pax) {
      result += addLength(' ' + key + '=' + pax[key] + '\n')
    }
  }
  return b4a.from(result)
}

exports.decodePax = function decodePax (buf) {
  const result = {}

  while (buf.length) {
    let i = 0
    while (i < buf.length && buf[i] !== 32) i++
    const len = parseInt(b4a.toString(buf.subarray(0, i)), 10)
    if (!len) return result

    const b = b4a.toString(buf.subarray(i + 1, len - 1))
    const keyIndex = b.indexOf('=')
    if (keyIndex === -1) return result
    result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1)

    buf = buf.subarray(len)
  }

  return result
}

exports.encode = function encode (opts) {
  const buf = b4a.alloc(512)
  let name = opts.name
  let prefix = ''

  if (opts.typeflag === 5 && name[name.length - 1] !== '/') name += '/'
  if (b4a.byteLength(name) !== name.length) return null // utf-8

  while (b4a.byteLength(name) > 100) {
    const i = name.indexOf('/')
    if (i === -1) return null
    prefix += prefix ? '/' + name.slice(0, i) : name.slice(0, i)
    name = name.slice(i + 1)
  }

  if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null
  if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null

  b4a.write(buf, name)
  b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100)
  b4a.write(buf, encodeOct(opts.uid, 6), 108)
  b4a.write(buf, encodeOct(opts.gid, 6), 116)
  encodeSize(opts.size, buf, 124)
  b4a.write(buf, encodeOct((opts.mtime.getTime() / 1000) | 0, 11), 136)

  buf[156] = ZERO_OFFSET + toTypeflag(opts.type)

  if (opts.linkname) b4a.write(buf, opts.linkname, 157)

  b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET)
  b4a.copy(USTAR_VER, buf, VERSION_OFFSET)
  if (opts.uname) b4a.write(buf, opts.uname, 265)
  if (opts.gname) b4a.write(buf, opts.gname, 297)
  b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329)
  b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337)

  if (prefix) b4a.write(buf, prefix, 345)

  b4a.write(buf, encodeOct(cksum(buf), 6), 148)

  return buf
}

exports.decode = function decode (buf, filenameEncoding, allowUnknownFormat) {
  let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET

  let name = decodeStr(buf, 0, 100, filenameEncoding)
  const mode = decodeOct(buf, 100, 8)
  const uid = decodeOct(buf, 108, 8)
  const gid = decodeOct(buf, 116, 8)
  const size = decodeOct(buf, 124, 12)
  const mtime = decodeOct(buf, 136, 12)
  const type = toType(typeflag)
  const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding)
  const uname = decodeStr(buf, 265, 32)
  const gname = decodeStr(buf, 297, 32)
  const devmajor = decodeOct(buf, 329, 8)
  const devminor = decodeOct(buf, 337, 8)

  const c = cksum(buf)

  // checksum is still initial value if header was null.
  if (c === 8 * 32) return null

  // valid checksum
  if (c !== decodeOct(buf, 148, 8)) throw new Error('Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?')

  if (isUSTAR(buf)) {
    // ustar (posix) format.
    // prepend prefix, if present.
    if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + '/' + name
  } else if (isGNU(buf)) {
    // 'gnu'/'oldgnu' format. Similar to ustar, but has support for incremental and
    // multi-volume tarballs.
  } else {
    if (!allowUnknownFormat) {
      throw new Error('Invalid tar header: unknown format.')
    }
  }

  // to support old tar versions that use trailing / to indicate dirs
  if (typeflag === 0 && name && name[name.length - 1] === '/') typeflag = 5

  return {
    name,
    mode,
    uid,
    gid,
    size,
    byteOffset: 0,
    mtime: new Date(1000 * mtime),
    type,
    linkname,
    uname,
    gname,
    devmajor,
    devminor,
    pax: null
  }
}

function isUSTAR (buf) {
  return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6))
}

function isGNU (buf) {
  return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) &&
    b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2))
}

function clamp (index, len, defaultValue) {
  if (typeof index !== 'number') return defaultValue
  index = ~~index // Coerce to integer.
  if (index >= len) return len
  if (index >= 0) return index
  index += len
  if (index >= 0) return index
  return 0
}

function toType (flag) {
  switch (flag) {
    case 0:
      return 'file'
    case 1:
      return 'link'
    case 2:
      return 'symlink'
    case 3:
      return 'character-device'
    case 4:
      return 'block-device'
    case 5:
      return 'directory'
    case 6:
      return 'fifo'
    case 7:
      return 'contiguous-file'
    case 72:
      return 'pax-header'
    case 55:
      return 'pax-global-header'
    case 27:
      return 'gnu-long-link-path'
    case 28:
    case 30:
      return 'gnu-long-path'
  }

  return null
}

function toTypeflag (flag) {
  switch (flag) {
    case 'file':
      return 0
    case 'link':
      return 1
    case 'symlink':
      return 2
    case 'character-device':
      return 3
    case 'block-device':
      return 4
    case 'directory':
      return 5
    case 'fifo':
      return 6
    case 'contiguous-file':
      return 7
    case 'pax-header':
      return 72
  }

  return 0
}

function indexOf (block, num, offset, end) {
  for (; offset < end; offset++) {
    if (block[offset] === num) return offset
  }
  return end
}

function cksum (block) {
  let sum = 8 * 32
  for (let i = 0; i < 148; i++) sum += block[i]
  for (let j = 156; j < 512; j++) sum += block[j]
  return sum
}

function encodeOct (val, n) {
  val = val.toString(8)
  if (val.length > n) return SEVENS.slice(0, n) + ' '
  return ZEROS.slice(0, n - val.length) + val + ' '
}

function encodeSizeBin (num, buf, off) {
  buf[off] = 0x80
  for (let i = 11; i > 0; i--) {
    buf[off + i] = num & 0xff
    num = Math.floor(num / 0x100)
  }
}

function encodeSize (num, buf, off) {
  if (num.toString(8).length > 11) {
    encodeSizeBin(num, buf, off)
  } else {
    b4a.write(buf, encodeOct(num, 11), off)
  }
}

/* Copied from the node-tar repo and modified to meet
 * tar-stream coding standard.
 *
 * Source: https://github.com/npm/node-tar/blob/51b6627a1f357d2eb433e7378e5f05e83b7aa6cd/lib/header.js#L349
 */
function parse256 (buf) {
  // first byte MUST be either 80 or FF
  // 80 for positive, FF for 2's comp
  let positive
  if (buf[0] === 0x80) positive = true
  else if (buf[0] === 0xFF) positive = false
  else return null

  // build up a base-256 tuple from the least sig to the highest
  const tuple = []
  let i
  for (i = buf.length - 1; i > 0; i--) {
    const byte = buf[i]
    if (positive) tuple.push(byte)
    else tuple.push(0xFF - byte)
  }

  let sum = 0
  const l = tuple.length
  for (i = 0; i < l; i++) {
    sum += tuple[i] * Math.pow(256, i)
  }

  return positive ? sum : -1 * sum
}

function decodeOct (val, offset, length) {
  val = val.subarray(offset, offset + length)
  offset = 0

  // If prefixed with 0x80 then parse as a base-256 integer
  if (val[offset] & 0x80) {
    return parse256(val)
  } else {
    // Older versions of tar can prefix with spaces
    while (offset < val.length && val[offset] === 32) offset++
    const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length)
    while (offset < end && val[offset] === 0) offset++
    if (end === offset) return 0
    return parseInt(b4a.toString(val.subarray(offset, end)), 8)
  }
}

function decodeStr (val, offset, length, encoding) {
  return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding)
}

function addLength (str) {
  const len = b4a.byteLength(str)
  let digits = Math.floor(Math.log(len) / Math.log(10)) + 1
  if (len + digits >= Math.pow(10, digits)) digits++

  return (len + digits) + str
}


/***/ }),

/***/ 75062:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

exports.extract = __nccwpck_require__(62835)
exports.pack = __nccwpck_require__(11901)


/***/ }),

/***/ 11901:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { Readable, Writable, getStreamError } = __nccwpck_require__(2828)
const b4a = __nccwpck_require__(67617)

const constants = __nccwpck_require__(7783)
const headers = __nccwpck_require__(89484)

const DMODE = 0o755
const FMODE = 0o644

const END_OF_TAR = b4a.alloc(1024)

class Sink extends Writable {
  constructor (pack, header, callback) {
    super({ mapWritable, eagerOpen: true })

    this.written = 0
    this.header = header

    this._callback = callback
    this._linkname = null
    this._isLinkname = header.type === 'symlink' && !header.linkname
    this._isVoid = header.type !== 'file' && header.type !== 'contiguous-file'
    this._finished = false
    this._pack = pack
    this._openCallback = null

    if (this._pack._stream === null) this._pack._stream = this
    else this._pack._pending.push(this)
  }

  _open (cb) {
    this._openCallback = cb
    if (this._pack._stream === this) this._continueOpen()
  }

  _continuePack (err) {
    if (this._callback === null) return

    const callback = this._callback
    this._callback = null

    callback(err)
  }

  _continueOpen () {
    if (this._pack._stream === null) this._pack._stream = this

    const cb = this._openCallback
    this._openCallback = null
    if (cb === null) return

    if (this._pack.destroying) return cb(new Error('pack stream destroyed'))
    if (this._pack._finalized) return cb(new Error('pack stream is already finalized'))

    this._pack._stream = this

    if (!this._isLinkname) {
      this._pack._encode(this.header)
    }

    if (this._isVoid) {
      this._finish()
      this._continuePack(null)
    }

    cb(null)
  }

  _write (data, cb) {
    if (this._isLinkname) {
      this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data
      return cb(null)
    }

    if (this._isVoid) {
      if (data.byteLength > 0) {
        return cb(new Error('No body allowed for this entry'))
      }
      return cb()
    }

    this.written += data.byteLength
    if (this._pack.push(data)) return cb()
    this._pack._drain = cb
  }

  _finish () {
    if (this._finished) return
    this._finished = true

    if (this._isLinkname) {
      this.header.linkname = this._linkname ? b4a.toString(this._linkname, 'utf-8') : ''
      this._pack._encode(this.header)
    }

    overflow(this._pack, this.header.size)

    this._pack._done(this)
  }

  _final (cb) {
    if (this.written !== this.header.size) { // corrupting tar
      return cb(new Error('Size mismatch'))
    }

    this._finish()
    cb(null)
  }

  _getError () {
    return getStreamError(this) || new Error('tar entry destroyed')
  }

  _predestroy () {
    this._pack.destroy(this._getError())
  }

  _destroy (cb) {
    this._pack._done(this)

    this._continuePack(this._finished ? null : this._getError())

    cb()
  }
}

class Pack extends Readable {
  constructor (opts) {
    super(opts)
    this._drain = noop
    this._finalized = false
    this._finalizing = false
    this._pending = []
    this._stream = null
  }

  entry (header, buffer, callback) {
    if (this._finalized || this.destroying) throw new Error('already finalized or destroyed')

    if (typeof buffer === 'function') {
      callback = buffer
      buffer = null
    }

    if (!callback) callback = noop

    if (!header.size || header.type === 'symlink') header.size = 0
    if (!header.type) header.type = modeToType(header.mode)
    if (!header.mode) header.mode = header.type === 'directory' ? DMODE : FMODE
    if (!header.uid) header.uid = 0
    if (!header.gid) header.gid = 0
    if (!header.mtime) header.mtime = new Date()

    if (typeof buffer === 'string') buffer = b4a.from(buffer)

    const sink = new Sink(this, header, callback)

    if (b4a.isBuffer(buffer)) {
      header.size = buffer.byteLength
      sink.write(buffer)
      sink.end()
      return sink
    }

    if (sink._isVoid) {
      return sink
    }

    return sink
  }

  finalize () {
    if (this._stream || this._pending.length > 0) {
      this._finalizing = true
      return
    }

    if (this._finalized) return
    this._finalized = true

    this.push(END_OF_TAR)
    this.push(null)
  }

  _done (stream) {
    if (stream !== this._stream) return

    this._stream = null

    if (this._finalizing) this.finalize()
    if (this._pending.length) this._pending.shift()._continueOpen()
  }

  _encode (header) {
    if (!header.pax) {
      const buf = headers.encode(header)
      if (buf) {
        this.push(buf)
        return
      }
    }
    this._encodePax(header)
  }

  _encodePax (header) {
    const paxHeader = headers.encodePax({
      name: header.name,
      linkname: header.linkname,
      pax: header.pax
    })

    const newHeader = {
      name: 'PaxHeader',
      mode: header.mode,
      uid: header.uid,
      gid: header.gid,
      size: paxHeader.byteLength,
      mtime: header.mtime,
      type: 'pax-header',
      linkname: header.linkname && 'PaxHeader',
      uname: header.uname,
      gname: header.gname,
      devmajor: header.devmajor,
      devminor: header.devminor
    }

    this.push(headers.encode(newHeader))
    this.push(paxHeader)
    overflow(this, paxHeader.byteLength)

    newHeader.size = header.size
    newHeader.type = header.type
    this.push(headers.encode(newHeader))
  }

  _doDrain () {
    const drain = this._drain
    this._drain = noop
    drain()
  }

  _predestroy () {
    const err = getStreamError(this)

    if (this._stream) this._stream.destroy(err)

    while (this._pending.length) {
      const stream = this._pending.shift()
      stream.destroy(err)
      stream._continueOpen()
    }

    this._doDrain()
  }

  _read (cb) {
    this._doDrain()
    cb()
  }
}

module.exports = function pack (opts) {
  return new Pack(opts)
}

function modeToType (mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFBLK: return 'block-device'
    case constants.S_IFCHR: return 'character-device'
    case constants.S_IFDIR: return 'directory'
    case constants.S_IFIFO: return 'fifo'
    case constants.S_IFLNK: return 'symlink'
  }

  return 'file'
}

function noop () {}

function overflow (self, size) {
  size &= 511
  if (size) self.push(END_OF_TAR.subarray(0, 512 - size))
}

function mapWritable (buf) {
  return b4a.isBuffer(buf) ? buf : b4a.from(buf)
}


/***/ }),

/***/ 53486:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const PassThroughDecoder = __nccwpck_require__(49624)
const UTF8Decoder = __nccwpck_require__(79726)

module.exports = class TextDecoder {
  constructor(encoding = 'utf8') {
    this.encoding = normalizeEncoding(encoding)

    switch (this.encoding) {
      case 'utf8':
        this.decoder = new UTF8Decoder()
        break
      case 'utf16le':
      case 'base64':
        throw new Error('Unsupported encoding: ' + this.encoding)
      default:
        this.decoder = new PassThroughDecoder(this.encoding)
    }
  }

  get remaining() {
    return this.decoder.remaining
  }

  push(data) {
    if (typeof data === 'string') return data
    return this.decoder.decode(data)
  }

  // For Node.js compatibility
  write(data) {
    return this.push(data)
  }

  end(data) {
    let result = ''
    if (data) result = this.push(data)
    result += this.decoder.flush()
    return result
  }
}

function normalizeEncoding(encoding) {
  encoding = encoding.toLowerCase()

  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return 'utf8'
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le'
    case 'latin1':
    case 'binary':
      return 'latin1'
    case 'base64':
    case 'ascii':
    case 'hex':
      return encoding
    default:
      throw new Error('Unknown encoding: ' + encoding)
  }
}


/***/ }),

/***/ 49624:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(67617)

module.exports = class PassThroughDecoder {
  constructor(encoding) {
    this.encoding = encoding
  }

  get remaining() {
    return 0
  }

  decode(data) {
    return b4a.toString(data, this.encoding)
  }

  flush() {
    return ''
  }
}


/***/ }),

/***/ 79726:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const b4a = __nccwpck_require__(67617)

/**
 * https://encoding.spec.whatwg.org/#utf-8-decoder
 */
module.exports = class UTF8Decoder {
  constructor() {
    this._reset()
  }

  get remaining() {
    return this.bytesSeen
  }

  decode(data) {
    if (data.byteLength === 0) return ''

    if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
      this.bytesSeen = trailingBytesSeen(data)
      return b4a.toString(data, 'utf8')
    }

    let result = ''
    let start = 0

    if (this.bytesNeeded > 0) {
      while (start < data.byteLength) {
        const byte = data[start]

        if (byte < this.lowerBoundary || byte > this.upperBoundary) {
          result += '\ufffd'
          this._reset()
          break
        }

        this.lowerBoundary = 0x80
        this.upperBoundary = 0xbf
        this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
        this.bytesSeen++
        start++

        if (this.bytesSeen === this.bytesNeeded) {
          result += String.fromCodePoint(this.codePoint)
          this._reset()
          break
        }
      }

      if (this.bytesNeeded > 0) return result
    }

    const trailing = trailingIncomplete(data, start)
    const end = data.byteLength - trailing

    if (end > start) result += b4a.toString(data, 'utf8', start, end)

    for (let i = end; i < data.byteLength; i++) {
      const byte = data[i]

      if (this.bytesNeeded === 0) {
        if (byte <= 0x7f) {
          this.bytesSeen = 0
          result += String.fromCharCode(byte)
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          this.bytesNeeded = 2
          this.bytesSeen = 1
          this.codePoint = byte & 0x1f
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lowerBoundary = 0xa0
          else if (byte === 0xed) this.upperBoundary = 0x9f
          this.bytesNeeded = 3
          this.bytesSeen = 1
          this.codePoint = byte & 0xf
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lowerBoundary = 0x90
          else if (byte === 0xf4) this.upperBoundary = 0x8f
          this.bytesNeeded = 4
          this.bytesSeen = 1
          this.codePoint = byte & 0x7
        } else {
          this.bytesSeen = 1
          result += '\ufffd'
        }

        continue
      }

      if (byte < this.lowerBoundary || byte > this.upperBoundary) {
        result += '\ufffd'
        i--
        this._reset()

        continue
      }

      this.lowerBoundary = 0x80
      this.upperBoundary = 0xbf

      this.codePoint = (this.codePoint << 6) | (byte & 0x3f)
      this.bytesSeen++

      if (this.bytesSeen === this.bytesNeeded) {
        result += String.fromCodePoint(this.codePoint)
        this._reset()
      }
    }

    return result
  }

  flush() {
    const result = this.bytesNeeded > 0 ? '\ufffd' : ''
    this._reset()
    return result
  }

  _reset() {
    this.codePoint = 0
    this.bytesNeeded = 0
    this.bytesSeen = 0
    this.lowerBoundary = 0x80
    this.upperBoundary = 0xbf
  }
}

function trailingIncomplete(data, start) {
  const len = data.byteLength
  if (len <= start) return 0

  const limit = Math.max(start, len - 4)

  let i = len - 1
  while (i > limit && (data[i] & 0xc0) === 0x80) i--

  if (i < start) return 0

  const byte = data[i]

  let needed
  if (byte <= 0x7f) return 0
  if (byte >= 0xc2 && byte <= 0xdf) needed = 2
  else if (byte >= 0xe0 && byte <= 0xef) needed = 3
  else if (byte >= 0xf0 && byte <= 0xf4) needed = 4
  else return 0

  const available = len - i
  return available < needed ? available : 0
}

function trailingBytesSeen(data) {
  const len = data.byteLength
  if (len === 0) return 0

  const last = data[len - 1]

  if (last <= 0x7f) return 0
  if ((last & 0xc0) !== 0x80) return 1

  const limit = Math.max(0, len - 4)

  let i = len - 2
  while (i >= limit && (data[i] & 0xc0) === 0x80) i--

  if (i < 0) return 1

  const first = data[i]

  let needed
  if (first >= 0xc2 && first <= 0xdf) needed = 2
  else if (first >= 0xe0 && first <= 0xef) needed = 3
  else if (first >= 0xf0 && first <= 0xf4) needed = 4
  else return 1

  if (len - i !== needed) return 1

  if (needed >= 3) {
    const second = data[i + 1]
    if (first === 0xe0 && second < 0xa0) return 1
    if (first === 0xed && second > 0x9f) return 1
    if (first === 0xf0 && second < 0x90) return 1
    if (first === 0xf4 && second > 0x8f) return 1
  }

  return 0
}


/***/ }),

/***/ 23919:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   OK: () => (/* binding */ OperationError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c3: () => (/* binding */ LadingError),
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony export DeniedError */
// Every failure a user can see is one of these. The class decides the exit code
// (DESIGN.md: 0 done, 1 a gate or verification said no, 2 bad usage or bad input,
// 3 anything else: network, registry, disk), so callers never map codes by hand.
const ExitCode = {
    ok: 0,
    denied: 1,
    badInput: 2,
    failure: 3,
};
class LadingError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The user asked for something malformed: a bad flag, reference, file or value. */
class InputError extends LadingError {
    exitCode = ExitCode.badInput;
}
/** A gate or a verification said no. Not a malfunction. */
class DeniedError extends (/* unused pure expression or super */ null && (LadingError)) {
    exitCode = ExitCode.denied;
}
/** Something outside lading went wrong: network, registry, disk. */
class OperationError extends LadingError {
    exitCode = ExitCode.failure;
}
/**
 * Content did not match its digest, or a server sent something that breaks the
 * distribution spec. It is the server's fault, not the user's, so it exits 3.
 */
class IntegrityError extends OperationError {
}
/** A registry answered with an error status. */
class RegistryError extends OperationError {
    status;
    codes;
    constructor(message, status, codes = [], options) {
        super(message, options);
        this.status = status;
        this.codes = codes;
    }
}
/** Credentials were refused (401 after authenticating, or 403). */
class AuthError extends RegistryError {
}
/** The thing asked for does not exist (tag, digest, repository, platform). */
class NotFoundError extends OperationError {
}
function exitCodeOf(err) {
    return err instanceof LadingError ? err.exitCode : ExitCode.failure;
}
/** One line, no stack: what the CLI and the actions print. */
function describeError(err) {
    if (err instanceof Error)
        return err.message.split('\n')[0] ?? err.name;
    return String(err);
}


/***/ }),

/***/ 74102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   Hy: () => (/* binding */ algorithmOf),
/* harmony export */   RV: () => (/* binding */ verifyBytes),
/* harmony export */   ZD: () => (/* binding */ hexOf),
/* harmony export */   fN: () => (/* binding */ isVerifiedStream),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export parseDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(23919);



const DIGEST_RE = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function isDigest(value) {
    return DIGEST_RE.test(value);
}
function parseDigest(value, where = 'digest') {
    if (!isDigest(value)) {
        throw new InputError(`${where}: "${value}" is not a sha256 or sha512 digest (algorithm:lowercase-hex)`);
    }
    return value;
}
function algorithmOf(digest) {
    return digest.startsWith('sha512:') ? 'sha512' : 'sha256';
}
function hexOf(digest) {
    return digest.slice(digest.indexOf(':') + 1);
}
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws when `bytes` does not hash to `expected`; `where` names the registry, repository or file. */
function verifyBytes(bytes, expected, where) {
    const actual = digestOf(bytes, algorithmOf(expected));
    if (actual !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${where}: content does not match digest ${expected} (got ${actual})`);
    }
}
/**
 * A pass-through stream that hashes what flows through it and fails at the end
 * when the digest or the size is wrong, so a consumer never treats unverified
 * bytes as complete. Consumers must wait for 'finish'/'end' before committing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    expectedSize;
    where;
    hash;
    seen = 0;
    constructor(expected, expectedSize, where) {
        super();
        this.expected = expected;
        this.expectedSize = expectedSize;
        this.where = where;
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithmOf(expected));
    }
    _transform(chunk, _enc, cb) {
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} is larger than its declared ${this.expectedSize} bytes`));
            return;
        }
        this.hash.update(chunk);
        cb(null, chunk);
    }
    _flush(cb) {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: blob ${this.expected} ended after ${this.seen} of ${this.expectedSize} bytes`));
            return;
        }
        const actual = `${algorithmOf(this.expected)}:${this.hash.digest('hex')}`;
        if (actual !== this.expected) {
            cb(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(`${this.where}: content does not match digest ${this.expected} (got ${actual})`));
            return;
        }
        cb();
    }
}
/**
 * True when `content` is already a verifier for `digest`: a store receiving it
 * need not hash the bytes a second time, because the stream fails before its
 * end when they are wrong. Hashing twice cost a fifth of a layout copy's time.
 */
function isVerifiedStream(content, digest) {
    return content instanceof DigestVerifier && content.expected === digest;
}


/***/ }),

/***/ 90160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   JO: () => (/* binding */ EMPTY_JSON),
/* harmony export */   Q3: () => (/* binding */ isManifestType),
/* harmony export */   V: () => (/* binding */ INDEX_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/* unused harmony exports IMAGE_MANIFEST_TYPES, MANIFEST_TYPES */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    dockerForeignLayerGzip: 'application/vnd.docker.image.rootfs.foreign.diff.tar.gzip',
};
const IMAGE_MANIFEST_TYPES = [MediaType.ociManifest, MediaType.dockerManifest];
const INDEX_TYPES = [MediaType.ociIndex, MediaType.dockerManifestList];
const MANIFEST_TYPES = [...IMAGE_MANIFEST_TYPES, ...INDEX_TYPES];
/** The `Accept` header for manifest reads: every type lading understands. */
const MANIFEST_ACCEPT = MANIFEST_TYPES.join(', ');
function isIndexType(mediaType) {
    return INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return MANIFEST_TYPES.includes(mediaType);
}
/** The empty JSON object `{}` that OCI 1.1 artifacts use as config. */
const EMPTY_JSON = {
    mediaType: MediaType.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
    data: 'e30=',
};


/***/ }),

/***/ 86353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ openLocation)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(23919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
// EXTERNAL MODULE: ../../work/main/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(75062);
// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __nccwpck_require__(74102);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __nccwpck_require__(90160);
;// CONCATENATED MODULE: ./src/oci/manifest.ts



// Manifests arrive from registries, layout directories and archives written by
// other tools. Everything that the rest of lading trusts about a manifest's shape
// is checked here once, so later code can index into it without guarding.
/** The largest manifest lading accepts, as distribution enforces on push. */
const MANIFEST_MAX_BYTES = 4 * 1024 * 1024;
const SCHEMA1_TYPES = [
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws',
];
/**
 * Content types that say nothing about which manifest this is. Some registries
 * and static file servers answer with them; the fields decide then, as
 * containerd and distribution do.
 */
const UNSPECIFIC_TYPES = ['', 'application/json', 'application/octet-stream', 'text/plain'];
function parseManifest(bytes, options) {
    const { where } = options;
    const fail = (message) => {
        const text = `${where}: ${message}`;
        throw options.from === 'input' ? new errors/* InputError */.dz(text) : new errors/* IntegrityError */.cs(text);
    };
    if (bytes.length > MANIFEST_MAX_BYTES) {
        fail(`manifest of ${bytes.length} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
    }
    let value;
    try {
        value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    catch (err) {
        fail(`manifest is not JSON (${err.message})`);
    }
    if (!isObject(value))
        fail(`manifest is not a JSON object`);
    const doc = value;
    const announced = normaliseType(options.mediaType);
    const field = doc.mediaType;
    if (field !== undefined && typeof field !== 'string')
        fail(`manifest field "mediaType" is not a string`);
    if (doc.schemaVersion === 1 ||
        SCHEMA1_TYPES.includes(announced) ||
        SCHEMA1_TYPES.includes(field)) {
        fail(`Docker schema 1 manifests are not supported; re-push the image with a current client`);
    }
    if (doc.schemaVersion !== 2)
        fail(`manifest "schemaVersion" is ${JSON.stringify(doc.schemaVersion)}, expected 2`);
    const hasManifests = 'manifests' in doc;
    const hasImageFields = 'config' in doc || 'layers' in doc;
    if (hasManifests && hasImageFields) {
        fail(`manifest has both "manifests" and "config"/"layers": it is neither an index nor an image manifest`);
    }
    const detected = hasManifests ? mediatype/* MediaType */.zu.ociIndex : hasImageFields ? mediatype/* MediaType */.zu.ociManifest : undefined;
    if (field && announced && field !== announced) {
        fail(`manifest "mediaType" is ${field} but it was served as ${announced}`);
    }
    const mediaType = field || announced || detected;
    if (!mediaType)
        fail(`manifest has no "mediaType" and neither "manifests" nor "config" and "layers"`);
    if (!(0,mediatype/* isManifestType */.Q3)(mediaType))
        fail(`unsupported manifest media type "${mediaType}"`);
    const isIndex = mediatype/* INDEX_TYPES */.V.includes(mediaType);
    if (isIndex && hasImageFields)
        fail(`manifest is typed ${mediaType} but has "config"/"layers"`);
    if (!isIndex && hasManifests)
        fail(`manifest is typed ${mediaType} but has "manifests"`);
    const check = (d, path) => {
        checkDescriptor(d, path, fail);
    };
    if (isIndex) {
        if (!Array.isArray(doc.manifests))
            fail(`"manifests" is not an array`);
        for (const [i, d] of doc.manifests.entries())
            check(d, `manifests[${i}]`);
    }
    else {
        check(doc.config, 'config');
        if (!Array.isArray(doc.layers))
            fail(`"layers" is not an array`);
        for (const [i, d] of doc.layers.entries())
            check(d, `layers[${i}]`);
    }
    if (doc.subject !== undefined)
        check(doc.subject, 'subject');
    if (doc.artifactType !== undefined && typeof doc.artifactType !== 'string')
        fail(`"artifactType" is not a string`);
    checkAnnotations(doc.annotations, 'annotations', fail);
    doc.mediaType = mediaType;
    return doc;
}
/** Compact JSON, the form registries and other clients hash when they write a manifest. */
function encodeManifest(manifest) {
    return Buffer.from(JSON.stringify(manifest), 'utf8');
}
function normaliseType(type) {
    const bare = (type ?? '').split(';')[0].trim().toLowerCase();
    return UNSPECIFIC_TYPES.includes(bare) ? '' : bare;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkDescriptor(value, path, fail) {
    if (!isObject(value))
        fail(`${path} is not a descriptor object`);
    const d = value;
    if (typeof d.mediaType !== 'string' || d.mediaType === '')
        fail(`${path}.mediaType is missing or not a string`);
    if (typeof d.digest !== 'string' || !(0,oci_digest/* isDigest */.Bc)(d.digest)) {
        fail(`${path}.digest ${JSON.stringify(d.digest)} is not a sha256 or sha512 digest`);
    }
    if (typeof d.size !== 'number' || !Number.isSafeInteger(d.size) || d.size < 0) {
        fail(`${path}.size ${JSON.stringify(d.size)} is not a non-negative integer`);
    }
    if (d.urls !== undefined && !(Array.isArray(d.urls) && d.urls.every((u) => typeof u === 'string'))) {
        fail(`${path}.urls is not a list of strings`);
    }
    if (d.artifactType !== undefined && typeof d.artifactType !== 'string')
        fail(`${path}.artifactType is not a string`);
    if (d.data !== undefined && typeof d.data !== 'string')
        fail(`${path}.data is not a base64 string`);
    if (d.platform !== undefined) {
        const p = d.platform;
        if (!isObject(p) || typeof p.os !== 'string' || typeof p.architecture !== 'string') {
            fail(`${path}.platform needs "os" and "architecture" strings`);
        }
    }
    checkAnnotations(d.annotations, `${path}.annotations`, fail);
}
function checkAnnotations(value, path, fail) {
    if (value === undefined)
        return;
    if (!isObject(value) || !Object.values(value).every((v) => typeof v === 'string')) {
        fail(`${path} is not a map of strings`);
    }
}

;// CONCATENATED MODULE: ./src/oci/referrers.ts


// The parts of OCI 1.1 referrers that every store shares: the fallback tag
// schema, how an entry is described, and how entries whose artifact type was
// mislabelled by their writer are given their real type back.
/** `sha256:abc…` → `sha256-abc…`, the tag the referrers tag schema uses. */
function fallbackTag(subject) {
    return `${subject.slice(0, subject.indexOf(':'))}-${(0,oci_digest/* hexOf */.ZD)(subject)}`;
}
/** The descriptor of a referrer manifest as the spec wants it in a referrers index. */
function referrerDescriptor(descriptor, manifest) {
    const config = 'config' in manifest ? manifest.config : undefined;
    const artifactType = manifest.artifactType ?? config?.mediaType;
    return {
        mediaType: descriptor.mediaType,
        digest: descriptor.digest,
        size: descriptor.size,
        ...(artifactType ? { artifactType } : {}),
        ...(manifest.annotations && Object.keys(manifest.annotations).length
            ? { annotations: manifest.annotations }
            : {}),
    };
}
/**
 * `index` with `entry` added, or undefined when it is already there. Every
 * other entry is kept as it was, whoever wrote it.
 */
function mergeReferrer(index, entry) {
    const manifests = index?.manifests ?? [];
    if (manifests.some((d) => d.digest === entry.digest))
        return undefined;
    return {
        schemaVersion: 2,
        mediaType: mediatype/* MediaType */.zu.ociIndex,
        manifests: [...manifests, entry],
        ...(index?.annotations ? { annotations: index.annotations } : {}),
    };
}
/**
 * cosign writes its fallback-index entries with the empty config type as their
 * artifact type, and some registries derive the type from the config; a reader
 * filtering on that label would lose cosign's bundles. Entries labelled with the
 * empty type, or not labelled at all, are read to learn what they really are.
 */
async function resolveArtifactTypes(entries, fetch) {
    return Promise.all(entries.map(async (d) => {
        if (d.artifactType && d.artifactType !== mediatype/* MediaType */.zu.ociEmpty)
            return d;
        const { manifest } = await fetch(d);
        const real = referrerDescriptor(d, manifest);
        const annotations = { ...real.annotations, ...d.annotations };
        return {
            ...d,
            ...(real.artifactType ? { artifactType: real.artifactType } : {}),
            ...(Object.keys(annotations).length ? { annotations } : {}),
        };
    }));
}

;// CONCATENATED MODULE: ./src/oci/layout.ts











// An OCI image layout directory (image-spec, image-layout.md) as a Store: the
// embedded default of every step, and what skopeo `oci:`, `crane push` to a
// layout and `oras --oci-layout` write. Tags live in index.json as
// `org.opencontainers.image.ref.name` annotations, referrers as untagged
// index.json entries (as oras records them), blobs under blobs/<alg>/<hex>.
const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
const LAYOUT_VERSION = '1.0.0';
/** Large chunks: copying layers is bound by per-chunk overhead with the 64 KiB default. */
const FILE_CHUNK = 256 * 1024;
// OCI image-layout ref.name grammar, and the distribution tag grammar (which may start with `_`).
const REF_NAME_RE = /^[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*(?:\/[A-Za-z0-9]+(?:(?:[-._:@+]|--)[A-Za-z0-9]+)*)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * index.json is rewritten read-modify-write; two stores on the same directory in
 * one process share this lock so neither loses the other's entry.
 */
const indexLocks = new Map();
function withLock(key, fn) {
    const before = indexLocks.get(key) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const settled = run.catch(() => undefined);
    indexLocks.set(key, settled);
    void settled.then(() => {
        if (indexLocks.get(key) === settled)
            indexLocks.delete(key);
    });
    return run;
}
function errCode(err) {
    return err?.code;
}
class LayoutStore {
    name;
    dir;
    /** Manifests are content-addressed, so what a digest refers to never changes. */
    referrerCache = new Map();
    constructor(dir, name) {
        this.dir = (0,external_node_path_.resolve)(dir);
        this.name = name;
    }
    /** Opens an existing layout (InputError when `dir` is not one), or creates it with `create`. */
    static async open(dir, options = {}) {
        const store = new LayoutStore(dir, options.name ?? `oci-dir:${dir}`);
        await store.init(options.create ?? false);
        return store;
    }
    /** Opens `dir` as a layout, creating it when absent or empty. */
    static create(dir, options = {}) {
        return LayoutStore.open(dir, { ...options, create: true });
    }
    async init(create) {
        let entries;
        try {
            entries = await (0,promises_.readdir)(this.dir);
        }
        catch (err) {
            if (errCode(err) === 'ENOENT' && create)
                entries = [];
            else if (errCode(err) === 'ENOENT')
                throw new errors/* InputError */.dz(`${this.name}: directory ${this.dir} does not exist`);
            else if (errCode(err) === 'ENOTDIR')
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not a directory`);
            else
                throw new errors/* OperationError */.OK(`${this.name}: cannot read ${this.dir}: ${err.message}`, {
                    cause: err,
                });
        }
        if (!entries.includes('oci-layout')) {
            if (!create) {
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not an OCI image layout (no oci-layout file)`);
            }
            if (entries.length > 0) {
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not empty and not an OCI image layout; refusing to write into it`);
            }
            await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
            await this.writeAtomic('oci-layout', Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION })));
            await this.writeIndex({ schemaVersion: 2, mediaType: mediatype/* MediaType */.zu.ociIndex, manifests: [] });
            return;
        }
        const file = (0,external_node_path_.join)(this.dir, 'oci-layout');
        let layout;
        try {
            layout = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (err) {
            throw new errors/* InputError */.dz(`${this.name}: ${file} is not JSON (${err.message})`);
        }
        const version = layout?.imageLayoutVersion;
        if (version !== LAYOUT_VERSION) {
            throw new errors/* InputError */.dz(`${this.name}: ${file} field imageLayoutVersion is ${JSON.stringify(version)}, expected "1.0.0"`);
        }
        if (!entries.includes('index.json')) {
            if (!create)
                throw new errors/* InputError */.dz(`${this.name}: ${this.dir} is not an OCI image layout (no index.json)`);
            await this.writeIndex({ schemaVersion: 2, mediaType: mediatype/* MediaType */.zu.ociIndex, manifests: [] });
        }
    }
    blobPath(digest) {
        return (0,external_node_path_.join)(this.dir, 'blobs', (0,oci_digest/* algorithmOf */.Hy)(digest), (0,oci_digest/* hexOf */.ZD)(digest));
    }
    checkDigest(digest) {
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            throw new errors/* InputError */.dz(`${this.name}: "${digest}" is not a sha256 or sha512 digest`);
        return digest;
    }
    // ---- index.json ---------------------------------------------------------
    /** The layout's index.json, validated. */
    async readIndex() {
        const file = (0,external_node_path_.join)(this.dir, 'index.json');
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(file);
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                throw new errors/* InputError */.dz(`${this.name}: ${file} is missing`);
            throw new errors/* OperationError */.OK(`${this.name}: cannot read ${file}: ${err.message}`, {
                cause: err,
            });
        }
        const parsed = parseManifest(bytes, { mediaType: mediatype/* MediaType */.zu.ociIndex, where: file });
        return parsed;
    }
    async writeIndex(index) {
        await this.writeAtomic('index.json', Buffer.from(JSON.stringify(index)));
    }
    /** temp file beside the target, flushed, then renamed: readers see the old or the new file, never half. */
    async writeAtomic(rel, bytes) {
        const target = (0,external_node_path_.join)(this.dir, rel);
        const tmp = (0,external_node_path_.join)(this.dir, `.${rel}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
        const fh = await (0,promises_.open)(tmp, 'w');
        try {
            await fh.writeFile(bytes);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        try {
            await (0,promises_.rename)(tmp, target);
        }
        catch (err) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            throw new errors/* OperationError */.OK(`${this.name}: cannot write ${target}: ${err.message}`, {
                cause: err,
            });
        }
    }
    updateIndex(change) {
        return withLock(this.dir, async () => {
            const next = change(await this.readIndex());
            if (next)
                await this.writeIndex(next);
        });
    }
    // ---- reads --------------------------------------------------------------
    async resolve(reference) {
        const index = await this.readIndex();
        if (reference.startsWith('sha256:') || reference.startsWith('sha512:')) {
            const digest = this.checkDigest(reference);
            const listed = index.manifests.find((d) => d.digest === digest);
            if (listed)
                return bare(listed);
            const fetched = await this.fetchManifest({ digest });
            return fetched.descriptor;
        }
        const names = (d) => [d.annotations?.[REF_NAME], d.annotations?.[CONTAINERD_NAME]];
        if (reference === '') {
            const tagged = index.manifests.filter((d) => names(d).some(Boolean));
            if (tagged.length === 1)
                return bare(tagged[0]);
            if (tagged.length === 0 && index.manifests.length === 1)
                return bare(index.manifests[0]);
            const tags = listNames(index);
            throw new errors/* InputError */.dz(tags.length
                ? `${this.name}: holds ${tags.length} tagged images (${tags.join(', ')}); name one as ${this.name}:TAG or @DIGEST`
                : `${this.name}: holds no tagged image; name one by @DIGEST`);
        }
        // Last entry wins: writers that append rather than replace leave the newest at the end.
        const exact = index.manifests.filter((d) => names(d).includes(reference));
        const byTag = exact.length
            ? exact
            : index.manifests.filter((d) => {
                const full = d.annotations?.[CONTAINERD_NAME];
                return full !== undefined && tagPart(full) === reference;
            });
        const hit = byTag.at(-1);
        if (hit)
            return bare(hit);
        const tags = listNames(index);
        throw new errors/* NotFoundError */.m_(`${this.name}: no tag "${reference}"${tags.length ? ` (it has ${tags.join(', ')})` : ' (it has no tags)'}`);
    }
    async fetchManifest(descriptor) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        if (descriptor.size !== undefined && descriptor.size > MANIFEST_MAX_BYTES) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${descriptor.size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
        }
        const path = this.blobPath(digest);
        const size = await this.sizeOf(path);
        if (size === undefined)
            throw new errors/* NotFoundError */.m_(`${where}: manifest blob not found in ${this.dir}`);
        if (size > MANIFEST_MAX_BYTES) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
        }
        const bytes = await (0,promises_.readFile)(path);
        (0,oci_digest/* verifyBytes */.RV)(bytes, digest, where);
        if (descriptor.size !== undefined && descriptor.size !== bytes.length) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest is ${bytes.length} bytes, its descriptor says ${descriptor.size}`);
        }
        const manifest = parseManifest(bytes, { mediaType: descriptor.mediaType, where });
        return { descriptor: { mediaType: manifest.mediaType, digest, size: bytes.length }, bytes, manifest };
    }
    async fetchBlob(descriptor) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        let fh;
        try {
            fh = await (0,promises_.open)(this.blobPath(digest), 'r');
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                throw new errors/* NotFoundError */.m_(`${where}: blob not found in ${this.dir}`);
            throw new errors/* OperationError */.OK(`${where}: cannot read blob: ${err.message}`, { cause: err });
        }
        const source = fh.createReadStream({ highWaterMark: FILE_CHUNK });
        const verifier = new oci_digest/* DigestVerifier */.Do(digest, descriptor.size, `blob ${where}`);
        // pipeline destroys the file stream when the consumer abandons the verifier, and vice versa.
        (0,external_node_stream_.pipeline)(source, verifier, () => undefined);
        return verifier;
    }
    async hasBlob(descriptor) {
        const size = await this.sizeOf(this.blobPath(this.checkDigest(descriptor.digest)));
        return size !== undefined && (descriptor.size === undefined || size === descriptor.size);
    }
    hasManifest(descriptor) {
        return this.hasBlob(descriptor);
    }
    async sizeOf(path) {
        try {
            const s = await (0,promises_.stat)(path);
            return s.isFile() ? s.size : undefined;
        }
        catch (err) {
            if (errCode(err) === 'ENOENT')
                return undefined;
            throw new errors/* OperationError */.OK(`${this.name}: cannot stat ${path}: ${err.message}`, {
                cause: err,
            });
        }
    }
    // ---- writes -------------------------------------------------------------
    async pushBlob(descriptor, content) {
        const digest = this.checkDigest(descriptor.digest);
        const where = `${this.name}@${digest}`;
        if (await this.hasBlob(descriptor)) {
            if (content instanceof external_node_stream_.Readable)
                content.destroy();
            return;
        }
        const dir = (0,external_node_path_.join)(this.dir, 'blobs', (0,oci_digest/* algorithmOf */.Hy)(digest));
        await (0,promises_.mkdir)(dir, { recursive: true });
        // The temp file sits in blobs/ so the rename stays on one file system and is atomic.
        const tmp = (0,external_node_path_.join)(this.dir, 'blobs', `.upload-${(0,external_node_crypto_.randomUUID)()}.tmp`);
        try {
            if (Buffer.isBuffer(content)) {
                if (content.length !== descriptor.size) {
                    throw new errors/* IntegrityError */.cs(`blob ${where}: content is ${content.length} bytes, its descriptor says ${descriptor.size}`);
                }
                (0,oci_digest/* verifyBytes */.RV)(content, digest, `blob ${where}`);
                await (0,promises_.writeFile)(tmp, content);
            }
            else {
                const sink = (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: FILE_CHUNK });
                if ((0,oci_digest/* isVerifiedStream */.fN)(content, digest))
                    await (0,external_node_stream_promises_.pipeline)(content, sink);
                else
                    await (0,external_node_stream_promises_.pipeline)(content, new oci_digest/* DigestVerifier */.Do(digest, descriptor.size, `blob ${where}`), sink);
            }
            await (0,promises_.rename)(tmp, this.blobPath(digest));
        }
        catch (err) {
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            if (err instanceof errors/* IntegrityError */.cs || err instanceof errors/* OperationError */.OK)
                throw err;
            throw new errors/* OperationError */.OK(`${where}: writing blob failed: ${err.message}`, { cause: err });
        }
    }
    async pushManifest(bytes, mediaType, tag) {
        if (tag !== undefined && !TAG_RE.test(tag) && !REF_NAME_RE.test(tag)) {
            throw new errors/* InputError */.dz(`${this.name}: "${tag}" is not a valid tag`);
        }
        const digest = (0,oci_digest/* digestOf */.ol)(bytes);
        const where = `${this.name}@${digest}`;
        const manifest = parseManifest(bytes, { mediaType, where });
        const descriptor = { mediaType: manifest.mediaType, digest, size: bytes.length };
        // A layout, like a registry, refuses a manifest whose content is not there:
        // checked before anything is written, so a failed push leaves no trace.
        const children = 'manifests' in manifest ? manifest.manifests : [manifest.config, ...manifest.layers];
        for (const child of children) {
            if (child.urls?.length)
                continue; // foreign layers live elsewhere by design
            if (!(await this.hasBlob(child))) {
                throw new errors/* IntegrityError */.cs(`${where}: referenced blob ${child.digest} (${child.mediaType}) is missing from ${this.dir}`);
            }
        }
        await this.pushBlob(descriptor, bytes);
        const subject = manifest.subject;
        if (tag === undefined && !subject)
            return descriptor;
        const entry = subject ? referrerDescriptor(descriptor, manifest) : { ...descriptor };
        if (subject)
            this.referrerCache.set(digest, { subject: subject.digest, descriptor: entry });
        await this.updateIndex((index) => {
            const manifests = [...index.manifests];
            if (tag !== undefined) {
                const tagged = { ...entry, annotations: { ...entry.annotations, [REF_NAME]: tag } };
                const at = manifests.findIndex((d) => d.annotations?.[REF_NAME] === tag);
                if (at >= 0)
                    manifests[at] = tagged;
                else
                    manifests.push(tagged);
            }
            else if (!manifests.some((d) => d.digest === digest)) {
                manifests.push(entry);
            }
            else {
                return undefined;
            }
            return { ...index, manifests };
        });
        return descriptor;
    }
    /** Removes every index.json entry for `digest`; the blobs stay (others may share them). */
    async deleteManifest(digest) {
        this.checkDigest(digest);
        await this.updateIndex((index) => {
            const manifests = index.manifests.filter((d) => d.digest !== digest);
            return manifests.length === index.manifests.length ? undefined : { ...index, manifests };
        });
    }
    // ---- referrers and tags -------------------------------------------------
    async referrers(subject, options = {}) {
        const index = await this.readIndex();
        const seen = new Set();
        const out = [];
        for (const d of index.manifests) {
            if (seen.has(d.digest) || !(0,mediatype/* isManifestType */.Q3)(d.mediaType))
                continue;
            seen.add(d.digest);
            let info = this.referrerCache.get(d.digest);
            if (!info) {
                const fetched = await this.fetchManifest(d);
                const s = fetched.manifest.subject?.digest;
                info = s
                    ? { subject: s, descriptor: referrerDescriptor(fetched.descriptor, fetched.manifest) }
                    : { descriptor: fetched.descriptor };
                this.referrerCache.set(d.digest, info);
            }
            if (info.subject !== subject)
                continue;
            if (options.artifactType && info.descriptor.artifactType !== options.artifactType)
                continue;
            out.push(info.descriptor);
        }
        return out;
    }
    async listTags() {
        return listNames(await this.readIndex());
    }
}
function bare(d) {
    const { annotations: _a, ...rest } = d;
    return rest;
}
function listNames(index) {
    const names = new Set();
    for (const d of index.manifests) {
        const name = d.annotations?.[REF_NAME] ?? d.annotations?.[CONTAINERD_NAME];
        if (name)
            names.add(name);
    }
    return [...names];
}
/** `docker.io/library/app:v1` → `v1`; undefined when the name has no tag. */
function tagPart(name) {
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    const at = name.indexOf('@');
    if (colon <= slash)
        return undefined;
    return name.slice(colon + 1, at > colon ? at : undefined);
}

;// CONCATENATED MODULE: ./src/oci/archive.ts














/** The layer type of an uncompressed `docker save` layer. */
const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';
const GZIP_MAGIC = [0x1f, 0x8b];
/** An entry name made safe: relative, no `..`, no absolute path. Throws InputError otherwise. */
function safeName(raw, where) {
    const name = raw.replace(/\\/g, '/');
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
        throw new errors/* InputError */.dz(`${where}: archive entry "${raw}" has an absolute path; refusing to unpack it`);
    }
    if (name.split('/').includes('..')) {
        throw new errors/* InputError */.dz(`${where}: archive entry "${raw}" climbs out of the archive with ".."; refusing to unpack it`);
    }
    const normal = external_node_path_.posix.normalize(name).replace(/\/+$/, '');
    return normal === '.' ? '' : normal.replace(/^\.\//, '');
}
/** Hashes and sniffs what flows through, for archives whose names do not carry digests. */
class Sniffer extends external_node_stream_.Transform {
    hash;
    size = 0;
    head = [];
    constructor(hashing) {
        super();
        this.hash = hashing ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    }
    _transform(chunk, _enc, cb) {
        if (this.head.length < 2)
            this.head.push(...chunk.subarray(0, 2 - this.head.length));
        this.size += chunk.length;
        this.hash?.update(chunk);
        cb(null, chunk);
    }
}
async function openArchive(file, where) {
    let head;
    try {
        const fh = await (0,promises_.open)(file, 'r');
        try {
            head = Buffer.alloc(2);
            await fh.read(head, 0, 2, 0);
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            throw new errors/* InputError */.dz(`${where}: ${file} does not exist`);
        if (code === 'EISDIR')
            throw new errors/* InputError */.dz(`${where}: ${file} is a directory, not an archive`);
        throw new errors/* OperationError */.OK(`${where}: cannot read ${file}: ${err.message}`, { cause: err });
    }
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: FILE_CHUNK });
    if (head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1])
        return raw;
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: FILE_CHUNK });
    (0,external_node_stream_.pipeline)(raw, gunzip, () => undefined);
    return gunzip;
}
async function extractArchive(file, dest, where, options) {
    const files = new Map();
    const links = new Map();
    const extract = tar_stream.extract();
    const feeding = (0,external_node_stream_promises_.pipeline)(await openArchive(file, where), extract);
    feeding.catch(() => undefined);
    try {
        for await (const entry of extract) {
            const { header } = entry;
            const name = safeName(header.name, where);
            const type = header.type ?? 'file';
            if (type === 'directory' || name === '') {
                if (name)
                    await (0,promises_.mkdir)((0,external_node_path_.join)(dest, name), { recursive: true });
                entry.resume();
                continue;
            }
            if (type === 'symlink' || type === 'link') {
                if (!options.links) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" is a link; an OCI image layout holds only files`);
                }
                const target = header.linkname ?? '';
                if (target.startsWith('/')) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" links to absolute path "${target}"`);
                }
                const resolved = external_node_path_.posix.normalize(type === 'symlink' ? external_node_path_.posix.join(external_node_path_.posix.dirname(name), target) : target);
                if (resolved === '..' || resolved.startsWith('../')) {
                    throw new errors/* InputError */.dz(`${where}: archive entry "${header.name}" links to "${target}", outside the archive`);
                }
                links.set(name, resolved);
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file') {
                entry.resume(); // devices and fifos have no place in an image archive; ignore them
                continue;
            }
            const path = (0,external_node_path_.join)(dest, name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            const sniffer = new Sniffer(options.hash);
            await (0,external_node_stream_promises_.pipeline)(entry, sniffer, (0,external_node_fs_.createWriteStream)(path, { highWaterMark: FILE_CHUNK }));
            files.set(name, {
                path,
                size: sniffer.size,
                gzip: sniffer.head[0] === GZIP_MAGIC[0] && sniffer.head[1] === GZIP_MAGIC[1],
                ...(sniffer.hash ? { digest: `sha256:${sniffer.hash.digest('hex')}` } : {}),
            });
        }
        await feeding;
    }
    catch (err) {
        if (err instanceof errors/* InputError */.dz)
            throw err;
        const message = err.message;
        const code = err.code;
        // zlib and tar-stream failures mean the file is not what it claims; fs failures are the disk's.
        if (code && !code.startsWith('Z_')) {
            throw new errors/* OperationError */.OK(`${where}: unpacking ${file} failed: ${message}`, { cause: err });
        }
        throw new errors/* InputError */.dz(`${where}: ${file} is not a readable tar archive (${message})`, { cause: err });
    }
    return { files, links };
}
async function makeTempDir(options) {
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), 'lading-archive-'));
}
// ---- oci-archive ------------------------------------------------------------
/** Tars an OCI layout directory into `file`, atomically: a temp file beside it, then rename. */
async function writeOciArchive(layoutDir, file) {
    const names = [];
    const walk = async (rel) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(layoutDir, rel), { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (e.name.startsWith('.'))
                continue; // in-flight temp files of the layout writer
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                names.push(`${child}/`);
                await walk(child);
            }
            else if (e.isFile()) {
                names.push(child);
            }
        }
    };
    await walk('');
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
    const pack = tar_stream.pack();
    const writing = (0,external_node_stream_promises_.pipeline)(pack, (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: FILE_CHUNK }));
    writing.catch(() => undefined);
    // A fixed mtime and owner make the archive a function of its content alone.
    const common = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '' };
    try {
        for (const name of names) {
            if (name.endsWith('/')) {
                pack.entry({ ...common, name, type: 'directory', mode: 0o755 });
                continue;
            }
            const path = (0,external_node_path_.join)(layoutDir, name);
            const { size } = await (0,promises_.stat)(path);
            await new Promise((resolve, reject) => {
                const sink = pack.entry({ ...common, name, size, mode: 0o644 }, (err) => err ? reject(err) : resolve());
                (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(path, { highWaterMark: FILE_CHUNK }), sink).catch(reject);
            });
        }
        pack.finalize();
        await writing;
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        pack.destroy();
        await (0,promises_.unlink)(tmp).catch(() => undefined);
        throw new errors/* OperationError */.OK(`oci-archive:${file}: writing the archive failed: ${err.message}`, {
            cause: err,
        });
    }
}
/**
 * An `oci-archive:` file. Read mode unpacks it and serves the layout inside;
 * write mode builds a layout in a temporary directory and writes the archive
 * at each tagged manifest push (the commit point of a copy) and at `close`.
 * Writing replaces the file, as skopeo does.
 */
class OciArchiveStore {
    file;
    layout;
    tmp;
    writable;
    name;
    /** index.json as last written to the archive: close writes only when the layout's index moved on. */
    written;
    constructor(file, layout, tmp, writable) {
        this.file = file;
        this.layout = layout;
        this.tmp = tmp;
        this.writable = writable;
        this.name = `oci-archive:${file}`;
    }
    static async open(file, options = {}) {
        const name = `oci-archive:${file}`;
        const tmp = await makeTempDir(options);
        try {
            const { files } = await extractArchive(file, tmp, name, { hash: false, links: false });
            for (const required of ['oci-layout', 'index.json']) {
                if (!files.has(required))
                    throw new errors/* InputError */.dz(`${name}: the archive has no ${required}; it is not an OCI archive`);
            }
            const layout = await LayoutStore.open(tmp, { name });
            return new OciArchiveStore(file, layout, tmp, false);
        }
        catch (err) {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    static async create(file, options = {}) {
        const name = `oci-archive:${file}`;
        const parent = await (0,promises_.stat)((0,external_node_path_.dirname)(file)).catch(() => undefined);
        if (!parent?.isDirectory())
            throw new errors/* InputError */.dz(`${name}: directory ${(0,external_node_path_.dirname)(file)} does not exist`);
        const tmp = await makeTempDir(options);
        const layout = await LayoutStore.create((0,external_node_path_.join)(tmp, 'layout'), { name });
        const store = new OciArchiveStore(file, layout, tmp, true);
        store.written = await store.indexBytes();
        return store;
    }
    writer() {
        if (!this.writable)
            throw new errors/* InputError */.dz(`oci-archive: sources are read-only (${this.file})`);
        return this.layout;
    }
    resolve(reference) {
        return this.layout.resolve(reference);
    }
    fetchManifest(descriptor) {
        return this.layout.fetchManifest(descriptor);
    }
    fetchBlob(descriptor) {
        return this.layout.fetchBlob(descriptor);
    }
    hasBlob(descriptor) {
        return this.layout.hasBlob(descriptor);
    }
    hasManifest(descriptor) {
        return this.layout.hasManifest(descriptor);
    }
    referrers(subject, options) {
        return this.layout.referrers(subject, options);
    }
    listTags() {
        return this.layout.listTags();
    }
    pushBlob(descriptor, content) {
        return this.writer().pushBlob(descriptor, content);
    }
    async pushManifest(bytes, mediaType, tag) {
        const descriptor = await this.writer().pushManifest(bytes, mediaType, tag);
        if (tag !== undefined)
            await this.flush();
        return descriptor;
    }
    indexBytes() {
        return (0,promises_.readFile)((0,external_node_path_.join)(this.layout.dir, 'index.json'));
    }
    async flush() {
        const index = await this.indexBytes();
        await writeOciArchive(this.layout.dir, this.file);
        this.written = index;
    }
    /** Removes the temporary directory without writing anything: for a copy that failed. */
    async discard() {
        await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
    }
    /**
     * Writes the archive when index.json changed since the last write (an
     * untagged referrer, say), then removes the temporary directory. Blobs
     * alone, left by a copy that failed before its commit, never replace the file.
     */
    async close() {
        try {
            if (this.writable && !(await this.indexBytes()).equals(this.written ?? Buffer.alloc(0)))
                await this.flush();
        }
        finally {
            await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
        }
    }
}
/**
 * A `docker save` tarball, read-only. Each image in its manifest.json is
 * presented as a Docker schema 2 manifest synthesised from the archive: the
 * config by the sha256 of its JSON, the layers as the tars the archive holds
 * (uncompressed, so their digests are the config's diff_ids). The field order
 * follows skopeo's own synthesis, so only the layer media type sets them apart.
 */
class DockerArchiveStore {
    file;
    tmp;
    images;
    blobs;
    name;
    constructor(file, tmp, images, blobs) {
        this.file = file;
        this.tmp = tmp;
        this.images = images;
        this.blobs = blobs;
        this.name = `docker-archive:${file}`;
    }
    static async open(file, options = {}) {
        const name = `docker-archive:${file}`;
        const tmp = await makeTempDir(options);
        try {
            const extracted = await extractArchive(file, tmp, name, { hash: true, links: true });
            const { images, blobs } = await readSaveManifest(extracted, name);
            return new DockerArchiveStore(file, tmp, images, blobs);
        }
        catch (err) {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
            throw err;
        }
    }
    readOnly() {
        throw new errors/* InputError */.dz(`docker-archive: sources are read-only (${this.file})`);
    }
    /**
     * `''` when the archive holds one image, a RepoTag (`app:v1`,
     * `docker.io/library/app:v1`), `@N` for the Nth image as skopeo numbers them,
     * or a manifest digest.
     */
    async resolve(reference) {
        const all = this.images;
        const listing = () => {
            const tags = all.flatMap((i) => i.tags);
            return tags.length
                ? `it has ${tags.join(', ')}`
                : `its ${all.length} images are untagged; use @0…@${all.length - 1}`;
        };
        if (reference === '') {
            if (all.length === 1)
                return all[0].descriptor;
            throw new errors/* InputError */.dz(`${this.name}: holds ${all.length} images; name one (${listing()})`);
        }
        const numbered = /^@(\d+)$/.exec(reference);
        if (numbered) {
            const image = all[Number(numbered[1])];
            if (!image)
                throw new errors/* NotFoundError */.m_(`${this.name}: no image ${reference}; it holds ${all.length}`);
            return image.descriptor;
        }
        if ((0,oci_digest/* isDigest */.Bc)(reference)) {
            const image = all.find((i) => i.descriptor.digest === reference);
            if (!image)
                throw new errors/* NotFoundError */.m_(`${this.name}: no image with manifest ${reference}`);
            return image.descriptor;
        }
        const want = familiar(reference);
        const hit = all.find((i) => i.tags.some((t) => familiar(t) === want)) ??
            onlyOne(all.filter((i) => i.tags.some((t) => tagOf(t) === reference)));
        if (!hit)
            throw new errors/* NotFoundError */.m_(`${this.name}: no image tagged "${reference}" (${listing()})`);
        return hit.descriptor;
    }
    async fetchManifest(descriptor) {
        const image = this.images.find((i) => i.descriptor.digest === descriptor.digest);
        if (!image)
            throw new errors/* NotFoundError */.m_(`${this.name}@${descriptor.digest}: manifest not found`);
        const manifest = parseManifest(image.bytes, { mediaType: image.descriptor.mediaType, where: this.name });
        return { descriptor: { ...image.descriptor }, bytes: image.bytes, manifest };
    }
    async fetchBlob(descriptor) {
        const where = `${this.name}@${descriptor.digest}`;
        const blob = this.blobs.get(descriptor.digest);
        if (!blob)
            throw new errors/* NotFoundError */.m_(`${where}: blob not found in the archive`);
        const source = (0,external_node_fs_.createReadStream)(blob.path, { highWaterMark: FILE_CHUNK });
        const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, descriptor.size, `blob ${where}`);
        (0,external_node_stream_.pipeline)(source, verifier, () => undefined);
        return verifier;
    }
    async hasBlob(descriptor) {
        return this.blobs.get(descriptor.digest)?.size === descriptor.size;
    }
    async hasManifest(descriptor) {
        return this.images.some((i) => i.descriptor.digest === descriptor.digest);
    }
    async pushBlob() {
        this.readOnly();
    }
    async pushManifest() {
        return this.readOnly();
    }
    /** `docker save` has no place for referrers. */
    async referrers() {
        return [];
    }
    async listTags() {
        return this.images.flatMap((i) => i.tags);
    }
    async close() {
        await (0,promises_.rm)(this.tmp, { recursive: true, force: true });
    }
}
async function readSaveManifest(extracted, where) {
    const lookup = (name) => {
        let current = safeName(name, where);
        for (let hops = 0; hops < 16; hops++) {
            const file = extracted.files.get(current);
            if (file)
                return file;
            const next = extracted.links.get(current);
            if (next === undefined)
                return undefined;
            current = next;
        }
        return undefined;
    };
    const manifestFile = extracted.files.get('manifest.json');
    if (!manifestFile)
        throw new errors/* InputError */.dz(`${where}: the archive has no manifest.json; is it a docker save tarball?`);
    let entries;
    try {
        entries = JSON.parse(await (0,promises_.readFile)(manifestFile.path, 'utf8'));
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${where}: manifest.json is not JSON (${err.message})`);
    }
    if (!Array.isArray(entries) || entries.length === 0) {
        throw new errors/* InputError */.dz(`${where}: manifest.json is not a non-empty list of images`);
    }
    const blobs = new Map();
    const images = entries.map((entry, i) => {
        const at = `${where}: manifest.json[${i}]`;
        const file = (value, field) => {
            if (typeof value !== 'string' || value === '')
                throw new errors/* InputError */.dz(`${at}.${field} is not a file name`);
            const found = lookup(value);
            if (!found?.digest)
                throw new errors/* InputError */.dz(`${at}.${field} names "${value}", which is not in the archive`);
            blobs.set(found.digest, found);
            return found;
        };
        const config = file(entry?.Config, 'Config');
        if (!Array.isArray(entry.Layers))
            throw new errors/* InputError */.dz(`${at}.Layers is not a list`);
        const layers = entry.Layers.map((l, j) => file(l, `Layers[${j}]`));
        const tags = entry.RepoTags ?? [];
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) {
            throw new errors/* InputError */.dz(`${at}.RepoTags is not a list of strings`);
        }
        // Key order as Go marshals distribution's schema2 structs: mediaType, size, digest.
        const manifest = {
            schemaVersion: 2,
            mediaType: mediatype/* MediaType */.zu.dockerManifest,
            config: { mediaType: mediatype/* MediaType */.zu.dockerConfig, size: config.size, digest: config.digest },
            layers: layers.map((l) => ({
                mediaType: l.gzip ? mediatype/* MediaType */.zu.dockerLayerGzip : DOCKER_LAYER_TAR,
                size: l.size,
                digest: l.digest,
            })),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        return {
            tags: tags,
            descriptor: { mediaType: mediatype/* MediaType */.zu.dockerManifest, digest: (0,oci_digest/* digestOf */.ol)(bytes), size: bytes.length },
            bytes,
        };
    });
    return { images, blobs };
}
/** `docker.io/library/app:v1` and `app:v1` name the same image; `app` means `app:latest`. */
function familiar(ref) {
    let name = ref
        .replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '')
        .replace(/^library\//, '');
    if (tagOf(name) === undefined && !name.includes('@'))
        name = `${name}:latest`;
    return name;
}
function tagOf(ref) {
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.slice(colon + 1) : undefined;
}
function onlyOne(items) {
    return items.length === 1 ? items[0] : undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
;// CONCATENATED MODULE: ./src/oci/auth/credentials.ts



const anonymous = {
    forRegistry: async () => ({ kind: 'anonymous' }),
};
/** The same credential for every registry (tests, or a CLI given one registry's login). */
function staticCredentials(credential) {
    return { forRegistry: async () => credential };
}
/** Runs helpers as child processes; `env` defaults to the inherited environment. */
function spawnHelperRunner(options = {}) {
    return (program, args, stdin) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(program, [...args], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env });
        const out = [];
        const err = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', reject);
        // A helper that exits without reading stdin makes the write fail with EPIPE; its exit code says more.
        child.stdin.on('error', () => { });
        child.on('close', (code, signal) => resolve({
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
        }));
        child.stdin.end(stdin);
    });
}
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** The host a config.json key or a registry name stands for, as the Docker CLI's ConvertToHostname does. */
function credentialHost(key) {
    let host = key;
    if (host.startsWith('http://'))
        host = host.slice('http://'.length);
    else if (host.startsWith('https://'))
        host = host.slice('https://'.length);
    host = host.split('/')[0] ?? host;
    return DOCKER_HUB_ALIASES.has(host) ? 'docker.io' : host;
}
/** What a credential helper is asked for: Docker Hub's legacy server URL, otherwise the host. */
function helperServerUrl(registry) {
    return credentialHost(registry) === 'docker.io' ? DOCKER_HUB_SERVER : registry;
}
/** Docker CLI resolution order, with results cached per host for the life of the source. */
function dockerCredentials(options = {}) {
    const runHelper = options.runHelper ?? spawnHelperRunner();
    const cache = new Map();
    let config;
    const explicit = new Map();
    for (const [key, value] of Object.entries(options.explicit ?? {}))
        explicit.set(credentialHost(key), value);
    const resolve = async (registry) => {
        const host = credentialHost(registry);
        const given = explicit.get(host);
        if (given)
            return 'kind' in given ? given : { kind: 'basic', ...given };
        if (!options.configPath)
            return { kind: 'anonymous' };
        config ??= readDockerConfig(options.configPath);
        const cfg = await config;
        if (!cfg)
            return { kind: 'anonymous' };
        const helper = findByHost(cfg.credHelpers, host);
        if (helper)
            return runCredentialHelper(helper.value, registry, runHelper, `${options.configPath}: credHelpers["${helper.key}"]`);
        if (cfg.credsStore)
            return runCredentialHelper(cfg.credsStore, registry, runHelper, `${options.configPath}: credsStore`);
        const entry = findByHost(cfg.auths, host);
        if (entry)
            return fromAuthEntry(entry.value, `${options.configPath}: auths["${entry.key}"]`);
        return { kind: 'anonymous' };
    };
    return {
        forRegistry(registry) {
            const host = credentialHost(registry);
            let hit = cache.get(host);
            if (!hit) {
                hit = resolve(registry);
                cache.set(host, hit);
                // A failed helper run may succeed later (the user logs in); do not cache failures.
                hit.catch(() => cache.delete(host));
            }
            return hit;
        },
    };
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new errors/* OperationError */.OK(`${path}: cannot read Docker config: ${err.message}`, { cause: err });
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`${path}: Docker config is not valid JSON: ${err.message}`, {
            cause: err,
        });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(`${path}: Docker config must be a JSON object`);
    }
    const cfg = parsed;
    const objectField = (name) => {
        const v = cfg[name];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'object' || Array.isArray(v))
            throw new errors/* InputError */.dz(`${path}: field "${name}" must be an object`);
        return v;
    };
    const auths = objectField('auths');
    const credHelpers = objectField('credHelpers');
    for (const [k, v] of Object.entries(credHelpers ?? {})) {
        if (typeof v !== 'string' || !v)
            throw new errors/* InputError */.dz(`${path}: credHelpers["${k}"] must be a helper name`);
    }
    const credsStore = cfg.credsStore;
    if (credsStore !== undefined && typeof credsStore !== 'string') {
        throw new errors/* InputError */.dz(`${path}: field "credsStore" must be a helper name`);
    }
    return {
        ...(auths ? { auths } : {}),
        ...(credHelpers ? { credHelpers: credHelpers } : {}),
        ...(credsStore ? { credsStore } : {}),
    };
}
/** Exact key first (as the Docker CLI does), then any key that names the same host. */
function findByHost(map, host) {
    if (!map)
        return undefined;
    const exact = host === 'docker.io' ? DOCKER_HUB_SERVER : host;
    if (Object.hasOwn(map, exact))
        return { key: exact, value: map[exact] };
    for (const [key, value] of Object.entries(map)) {
        if (credentialHost(key) === host)
            return { key, value };
    }
    return undefined;
}
function fromAuthEntry(entry, where) {
    if (typeof entry !== 'object' || entry === null)
        throw new errors/* InputError */.dz(`${where} must be an object`);
    let username = typeof entry.username === 'string' ? entry.username : '';
    let password = typeof entry.password === 'string' ? entry.password : '';
    if (typeof entry.auth === 'string' && entry.auth !== '') {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        // Never echo the decoded value: it holds the password.
        if (colon <= 0)
            throw new errors/* InputError */.dz(`${where}.auth is not base64 of "username:password"`);
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
    }
    if (typeof entry.identitytoken === 'string' && entry.identitytoken !== '') {
        return { kind: 'identity-token', token: entry.identitytoken, ...(username ? { username } : {}) };
    }
    if (typeof entry.registrytoken === 'string' && entry.registrytoken !== '') {
        return { kind: 'registry-token', token: entry.registrytoken };
    }
    if (username && password)
        return { kind: 'basic', username, password };
    return { kind: 'anonymous' };
}
/**
 * The docker-credential-helpers protocol: `docker-credential-NAME get`, server
 * URL on stdin, `{"ServerURL","Username","Secret"}` on stdout. A helper that
 * has nothing for the server says "credentials not found" and exits non-zero.
 */
async function runCredentialHelper(name, registry, runHelper, where = 'credential helper') {
    const program = `docker-credential-${name}`;
    const host = credentialHost(registry);
    let result;
    try {
        result = await runHelper(program, ['get'], helperServerUrl(registry));
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            throw new errors/* OperationError */.OK(`${program} (from ${where}) is not installed: no such program on PATH, needed for ${host}`);
        }
        throw new errors/* OperationError */.OK(`${program} (from ${where}) could not run for ${host}: ${err.message}`, {
            cause: err,
        });
    }
    if (result.exitCode !== 0) {
        const said = `${result.stdout}\n${result.stderr}`;
        if (/credentials not found/i.test(said))
            return { kind: 'anonymous' };
        const line = (result.stderr.trim() || result.stdout.trim()).split('\n')[0]?.slice(0, 200) ?? '';
        throw new errors/* OperationError */.OK(`${program} (from ${where}) failed for ${host} with exit code ${result.exitCode}${line ? `: ${line}` : ''}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        // The output may hold a secret, so it is not quoted.
        throw new errors/* OperationError */.OK(`${program} (from ${where}) printed output for ${host} that is not JSON`);
    }
    const { Username, Secret } = (parsed ?? {});
    if (typeof Secret !== 'string' || typeof Username !== 'string') {
        throw new errors/* OperationError */.OK(`${program} (from ${where}) printed JSON for ${host} without string "Username" and "Secret"`);
    }
    if (Secret === '')
        return { kind: 'anonymous' };
    if (Username === '<token>')
        return { kind: 'identity-token', token: Secret };
    return { kind: 'basic', username: Username, password: Secret };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/oci/auth/challenge.ts
// WWW-Authenticate as RFC 9110 §11.6.1 writes it: one header may carry several
// challenges, each a scheme followed by either a token68 or comma-separated
// `name=value` parameters whose values may be quoted strings with escapes.
// Registries put commas inside quoted scopes (`scope="repository:a:pull,push"`),
// so splitting on commas is not enough.
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;
function parseChallenges(header) {
    const out = [];
    let pos = 0;
    const skipWs = () => {
        while (pos < header.length && (header[pos] === ' ' || header[pos] === '\t'))
            pos++;
    };
    const readToken = () => {
        const start = pos;
        while (pos < header.length && TOKEN_CHAR.test(header[pos]))
            pos++;
        return header.slice(start, pos);
    };
    const readQuoted = () => {
        pos++; // opening quote
        let value = '';
        while (pos < header.length && header[pos] !== '"') {
            if (header[pos] === '\\' && pos + 1 < header.length)
                pos++;
            value += header[pos];
            pos++;
        }
        pos++; // closing quote (or past the end of an unterminated string)
        return value;
    };
    while (pos < header.length) {
        while (pos < header.length && (header[pos] === ',' || header[pos] === ' ' || header[pos] === '\t'))
            pos++;
        const scheme = readToken();
        if (!scheme) {
            // Not a token where a scheme must start: skip the garbage up to the next comma.
            while (pos < header.length && header[pos] !== ',')
                pos++;
            continue;
        }
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        out.push(challenge);
        skipWs();
        const t68 = TOKEN68.exec(header.slice(pos));
        if (t68) {
            const after = pos + t68[0].length;
            let next = after;
            while (next < header.length && (header[next] === ' ' || header[next] === '\t'))
                next++;
            if (next >= header.length || header[next] === ',') {
                challenge.token68 = t68[0];
                pos = next;
                continue;
            }
        }
        for (;;) {
            skipWs();
            const save = pos;
            const name = readToken();
            if (!name)
                break;
            skipWs();
            if (header[pos] !== '=') {
                // A bare token after a comma starts the next challenge.
                pos = save;
                break;
            }
            pos++;
            skipWs();
            const value = header[pos] === '"' ? readQuoted() : readToken();
            challenge.params[name.toLowerCase()] = value;
            skipWs();
            if (header[pos] !== ',')
                break;
            pos++;
        }
    }
    return out;
}
/**
 * The challenge a registry client should answer: Bearer when offered (it is
 * what the distribution token spec expects), else Basic. Undefined when the
 * header offers neither, or a Bearer challenge lacks its realm.
 */
function selectAuthScheme(challenges) {
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    if (bearer) {
        const { realm, service, scope } = bearer.params;
        return {
            kind: 'bearer',
            realm: realm,
            ...(service ? { service } : {}),
            scopes: scope ? scope.split(' ').filter(Boolean) : [],
        };
    }
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (basic)
        return { kind: 'basic', ...(basic.params.realm ? { realm: basic.params.realm } : {}) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/oci/auth/authenticator.ts


/** Lifetime the token spec assumes when a token service omits `expires_in` (also its floor). */
const DEFAULT_TOKEN_SECONDS = 60;
/** Renew this long before expiry so a token does not lapse in flight. */
const EXPIRY_MARGIN_MS = 5_000;
const MAX_TOKEN_RESPONSE = 1024 * 1024;
function scopeKey(scopes) {
    return [...new Set(scopes)].sort().join(' ');
}
function describeScopes(scopes) {
    return scopes.length ? scopeKey(scopes) : 'registry access';
}
class Authenticator {
    options;
    scheme;
    /** True once the registry answered without asking for credentials. */
    open = false;
    credential;
    tokens = new Map();
    pending = new Map();
    now;
    /** Token-service requests made, for diagnostics and tests. */
    tokenRequests = 0;
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    get registry() {
        return this.options.registry;
    }
    /** Whether the registry's auth scheme (or its absence) has been learned yet. */
    get known() {
        return this.open || this.scheme !== undefined;
    }
    /** The registry served a request without a challenge. */
    noteOpen() {
        if (!this.scheme)
            this.open = true;
    }
    /** Records the challenge of a 401 without authenticating (used by a ping). */
    learn(wwwAuthenticate) {
        const scheme = wwwAuthenticate ? selectAuthScheme(parseChallenges(wwwAuthenticate)) : undefined;
        if (!scheme) {
            throw new errors/* RegistryError */.gl(`401 Unauthorized from ${this.registry} without a Basic or Bearer WWW-Authenticate challenge${wwwAuthenticate ? ` (got "${wwwAuthenticate.slice(0, 200)}")` : ''}`, 401);
        }
        this.scheme = scheme;
        this.open = false;
    }
    /**
     * The Authorization header to send for `scopes` before any 401: a cached
     * token, Basic credentials, or a token fetched now because the registry is
     * known to use Bearer. Undefined while the scheme is unknown or anonymous.
     */
    async authorization(scopes) {
        const scheme = this.scheme;
        if (!scheme)
            return undefined;
        if (scheme.kind === 'basic')
            return this.basicHeader(scopes, false);
        const cached = this.tokens.get(scopeKey(scopes));
        if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > this.now())
            return cached.header;
        return (await this.token(scheme, scopes)).header;
    }
    /**
     * After a 401: forget what was sent for `scopes`, read the challenge, and
     * return a freshly obtained Authorization header.
     */
    async reauthenticate(wwwAuthenticate, scopes, sent) {
        this.learn(wwwAuthenticate);
        const scheme = this.scheme;
        // Concurrent first requests all get a 401; the first to get here fetches a
        // token. The others must use it, not throw it away and fetch it again: only
        // the header that was actually refused is forgotten.
        const key = scopeKey(scopes);
        const cached = this.tokens.get(key);
        if (cached && cached.header !== sent && cached.expiresAt - EXPIRY_MARGIN_MS > this.now())
            return cached.header;
        const inFlight = this.pending.get(key);
        if (inFlight && sent === undefined)
            return (await inFlight).header;
        this.tokens.delete(key);
        if (scheme.kind === 'basic') {
            const header = await this.basicHeader(scopes, true);
            return header;
        }
        return (await this.token(scheme, scopes)).header;
    }
    /** The error for a 401 that fresh credentials did not cure. */
    async rejected(scopes) {
        const cred = await this.credentialFor();
        const what = describeScopes(scopes);
        if (cred.kind === 'anonymous') {
            return new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${what}: anonymous access was refused; no credentials for ${this.registry} were found`, 401);
        }
        return new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${what}: credentials for ${this.registry} were rejected`, 401);
    }
    credentialFor() {
        this.credential ??= this.options.credentials.forRegistry(this.registry);
        const p = this.credential;
        p.catch(() => {
            if (this.credential === p)
                this.credential = undefined;
        });
        return p;
    }
    async basicHeader(scopes, required) {
        const cred = await this.credentialFor();
        if (cred.kind === 'basic') {
            return `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
        }
        if (cred.kind === 'registry-token')
            return `Bearer ${cred.token}`;
        if (!required)
            return undefined;
        if (cred.kind === 'anonymous')
            throw await this.rejected(scopes);
        throw new errors/* AuthError */.lR(`401 Unauthorized from ${this.registry} for ${describeScopes(scopes)}: the registry asks for Basic credentials but only an identity token is configured for ${this.registry}`, 401);
    }
    token(scheme, scopes) {
        const key = scopeKey(scopes);
        let p = this.pending.get(key);
        if (!p) {
            p = this.fetchToken(scheme, scopes).finally(() => this.pending.delete(key));
            this.pending.set(key, p);
        }
        return p;
    }
    async fetchToken(scheme, scopes) {
        const cred = await this.credentialFor();
        if (cred.kind === 'registry-token') {
            const cached = { header: `Bearer ${cred.token}`, expiresAt: Number.POSITIVE_INFINITY };
            this.tokens.set(scopeKey(scopes), cached);
            return cached;
        }
        const allScopes = [...new Set([...scopes, ...scheme.scopes])].sort();
        let realm;
        try {
            realm = new URL(scheme.realm);
        }
        catch {
            throw new errors/* RegistryError */.gl(`${this.registry} sent a Bearer challenge whose realm "${scheme.realm}" is not a URL`, 401);
        }
        const where = `token service ${realm.origin}${realm.pathname}`;
        let req;
        if (cred.kind === 'identity-token') {
            // OAuth2 refresh-token grant, as the Docker CLI does for identity tokens.
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: cred.token,
                client_id: this.options.clientId ?? 'lading',
                ...(scheme.service ? { service: scheme.service } : {}),
            });
            if (allScopes.length)
                form.set('scope', allScopes.join(' '));
            req = {
                method: 'POST',
                url: realm.href,
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: Buffer.from(form.toString(), 'utf8'),
            };
        }
        else {
            const url = new URL(realm.href);
            if (scheme.service)
                url.searchParams.set('service', scheme.service);
            for (const s of allScopes)
                url.searchParams.append('scope', s);
            const headers = {};
            if (cred.kind === 'basic') {
                headers.authorization = `Basic ${Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64')}`;
            }
            req = { method: 'GET', url: url.href, headers };
        }
        this.tokenRequests++;
        const started = this.now();
        const res = await this.options.fetchToken(req);
        const what = describeScopes(scopes);
        if (res.status === 401 || res.status === 403) {
            if (cred.kind === 'anonymous') {
                throw new errors/* AuthError */.lR(`${res.status} from ${where} for ${what}: anonymous access to ${this.registry} was refused; no credentials for ${this.registry} were found`, res.status);
            }
            throw new errors/* AuthError */.lR(`${res.status} Unauthorized from ${where} for ${what}: credentials for ${this.registry} were rejected`, res.status);
        }
        if (res.status < 200 || res.status >= 300) {
            throw new errors/* RegistryError */.gl(`${where} answered ${res.status} for ${what} (registry ${this.registry})`, res.status);
        }
        if (res.body.length > MAX_TOKEN_RESPONSE) {
            throw new errors/* RegistryError */.gl(`${where} sent a token response larger than 1 MiB for ${what}`, res.status);
        }
        let body;
        try {
            body = JSON.parse(res.body.toString('utf8'));
        }
        catch {
            throw new errors/* RegistryError */.gl(`${where} sent a token response that is not JSON for ${what}`, res.status);
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string' && body.access_token
                ? body.access_token
                : undefined;
        if (!token) {
            throw new errors/* RegistryError */.gl(`${where} sent a token response without "token" or "access_token" for ${what}`, res.status);
        }
        const seconds = typeof body.expires_in === 'number' && Number.isFinite(body.expires_in)
            ? Math.max(body.expires_in, DEFAULT_TOKEN_SECONDS)
            : DEFAULT_TOKEN_SECONDS;
        const cached = { header: `Bearer ${token}`, expiresAt: started + seconds * 1000 };
        this.tokens.set(scopeKey(scopes), cached);
        return cached;
    }
}

// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __nccwpck_require__(81101);
;// CONCATENATED MODULE: ./src/oci/http.ts







const RETRYABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);
/** A server may close an idle kept-alive connection just as it is reused; those fail with these. */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ERROR_BODY_LIMIT = 64 * 1024;
/** Past this, discarding a body costs more than a new connection: the socket is dropped instead. */
const DUMP_LIMIT = 128 * 1024;
/** Per host, like a browser's order of magnitude; the copier moves a few blobs at once. */
const MAX_SOCKETS = 8;
/** Idle kept-alive sockets close after this (or earlier when the server's Keep-Alive hint says so). */
const IDLE_SOCKET_MS = 30_000;
/** Time to open a connection, TLS handshake included (undici's default, which this layer replaced). */
const CONNECT_MS = 10_000;
/** A response body (or request body) that moves no byte for this long is abandoned. */
const STALL_MS = 300_000;
class TimeoutError extends Error {
    code = 'ETIMEDOUT';
}
function errorCode(err) {
    let e = err;
    for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return undefined;
}
function isRetryableStatus(status) {
    // 501 and 505 say the server will never do it; retrying cannot help.
    return status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
function flattenHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
/** Distribution error codes from an error body, e.g. ["DENIED"]. */
function registryErrorCodes(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
        const codes = errors.map((e) => e.code).filter((c) => typeof c === 'string');
        const first = errors.find((e) => typeof e.message === 'string');
        return { codes, ...(first ? { message: String(first.message).slice(0, 200) } : {}) };
    }
    catch {
        return { codes: [] };
    }
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit) {
            body.destroy();
            throw new errors/* IntegrityError */.cs(`${what}: response body is larger than the limit of ${limit} bytes`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
/**
 * Reads a body to its end so its connection can be reused; a body larger than
 * DUMP_LIMIT (or one that fails) is destroyed, which closes the connection.
 */
function discard(body) {
    if (body.readableEnded || body.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        let seen = 0;
        const done = () => {
            body.off('data', onData);
            body.off('end', done);
            body.off('close', done);
            body.off('error', done);
            resolve();
        };
        const onData = (chunk) => {
            seen += chunk.length;
            if (seen > DUMP_LIMIT)
                body.destroy();
        };
        body.on('data', onData);
        body.once('end', done);
        body.once('close', done);
        body.once('error', done);
        body.resume();
    });
}
function origin(url) {
    return new URL(url).origin;
}
function ownAgents(ca) {
    const extra = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
    const common = {
        keepAlive: true,
        maxSockets: MAX_SOCKETS,
        timeout: IDLE_SOCKET_MS,
        scheduling: 'lifo',
    };
    return {
        http: new external_node_http_namespaceObject.Agent(common),
        https: new external_node_https_namespaceObject.Agent({
            ...common,
            ...(extra.length ? { ca: [...external_node_tls_namespaceObject.rootCertificates, ...extra.map(String)] } : {}),
        }),
    };
}
class NodeHttpTransport {
    registry;
    baseUrl;
    authenticator;
    agents;
    owned;
    sleep;
    now;
    random;
    deadlineMs;
    maxAttempts;
    baseDelayMs;
    maxDelayMs;
    maxRetryAfterMs;
    maxRedirects;
    userAgent;
    constructor(o) {
        this.registry = o.registry;
        const scheme = o.scheme ?? (0,reference/* defaultScheme */.j5)(o.registry, o.insecure);
        this.baseUrl = `${scheme}://${(0,reference/* registryApiHost */.Mb)(o.registry)}`;
        this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.now = o.now ?? Date.now;
        this.random = o.random ?? Math.random;
        this.deadlineMs = o.deadlineMs ?? 120_000;
        this.maxAttempts = Math.max(1, o.maxAttempts ?? 5);
        this.baseDelayMs = o.baseDelayMs ?? 250;
        this.maxDelayMs = o.maxDelayMs ?? 10_000;
        this.maxRetryAfterMs = o.maxRetryAfterMs ?? 30_000;
        this.maxRedirects = o.maxRedirects ?? 5;
        this.userAgent = o.userAgent ?? 'lading';
        const own = o.agent?.http && o.agent.https ? undefined : ownAgents(o.ca);
        this.agents = { http: o.agent?.http ?? own.http, https: o.agent?.https ?? own.https };
        this.owned = [
            ...(o.agent?.http ? [] : [this.agents.http]),
            ...(o.agent?.https ? [] : [this.agents.https]),
        ];
        this.authenticator = new Authenticator({
            registry: o.registry,
            credentials: o.credentials ?? anonymous,
            fetchToken: (req) => this.fetchToken(req),
            now: this.now,
        });
    }
    resolve(url) {
        if (url.startsWith('/'))
            return this.baseUrl + url;
        return new URL(url).href;
    }
    async request(req) {
        const url = this.resolve(req.url);
        const toRegistry = origin(url) === origin(this.baseUrl);
        const streamed = req.body !== undefined && !Buffer.isBuffer(req.body);
        if (toRegistry && streamed && !this.authenticator.known)
            await this.ping();
        let authorization = toRegistry ? await this.authenticator.authorization(req.scopes) : undefined;
        let fresh = false;
        for (;;) {
            const res = await this.send(req, url, authorization);
            if (res.status !== 401 || !toRegistry) {
                if (toRegistry && res.status < 400 && authorization === undefined)
                    this.authenticator.noteOpen();
                return this.wrap(res, req.method);
            }
            await discard(res.body);
            if (fresh)
                throw await this.authenticator.rejected(req.scopes);
            authorization = await this.authenticator.reauthenticate(res.headers['www-authenticate'], req.scopes, authorization);
            fresh = true;
            if (streamed) {
                throw new errors/* OperationError */.OK(`${req.method} ${url}: 401 Unauthorized after the request body was streamed; it cannot be re-sent`);
            }
        }
    }
    async close() {
        for (const agent of this.owned)
            agent.destroy();
    }
    /** Learns the registry's auth scheme before a request whose body cannot be re-sent. */
    async ping() {
        const res = await this.send({ method: 'GET', url: '/v2/', scopes: [], idempotent: true }, `${this.baseUrl}/v2/`, undefined, false);
        await discard(res.body);
        if (res.status === 401)
            this.authenticator.learn(res.headers['www-authenticate']);
        else if (res.status < 400)
            this.authenticator.noteOpen();
    }
    wrap(res, method) {
        const what = `${method} ${res.url}`;
        return {
            status: res.status,
            headers: res.headers,
            body: res.body,
            bytes: (limit = Number.MAX_SAFE_INTEGER) => readLimited(res.body, limit, what),
            dump: () => discard(res.body),
        };
    }
    async fetchToken(req) {
        const res = await this.send({
            method: req.method,
            url: req.url,
            headers: req.headers,
            ...(req.body ? { body: req.body } : {}),
            scopes: [],
            idempotent: true,
        }, req.url, undefined, false);
        return { status: res.status, body: await readLimited(res.body, 1024 * 1024, `${req.method} ${res.url}`) };
    }
    /**
     * One logical request: attempts with backoff while the request may be
     * repeated, each attempt following redirects. 429/5xx that survive the
     * retries end as a RegistryError; other statuses are returned.
     */
    async send(req, url, authorization, throwOnRetryable = true) {
        const retryable = req.idempotent && (req.body === undefined || Buffer.isBuffer(req.body));
        const limit = retryable ? this.maxAttempts : 1;
        const deadline = this.now() + this.deadlineMs;
        let attempt = 0;
        let last = '';
        for (;;) {
            attempt++;
            let delay;
            let failure;
            try {
                // A floor keeps a nearly spent deadline from timing out a healthy server mid-answer.
                const res = await this.follow(req, url, authorization, Math.max(5_000, deadline - this.now()));
                if (!isRetryableStatus(res.status))
                    return res;
                failure = { status: res.status, res };
                last = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
                delay = retryAfterMs(res.headers['retry-after'], this.now());
                if (delay !== undefined)
                    delay = Math.min(delay, this.maxRetryAfterMs);
            }
            catch (err) {
                const code = errorCode(err);
                const connectionError = code !== undefined && (RETRYABLE_CODES.has(code) || (code === 'ECONNREFUSED' && attempt > 1));
                if (!connectionError || !retryable) {
                    if (err instanceof errors/* OperationError */.OK)
                        throw err;
                    throw new errors/* OperationError */.OK(`${req.method} ${url}: ${code ? `${code} ` : ''}${err.message} (attempt ${attempt})`, { cause: err });
                }
                failure = { err };
                last = `${code}${err.message ? ` (${err.message})` : ''}`;
            }
            delay ??= this.random() * Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
            const outOfTime = this.now() + delay >= deadline;
            if (attempt >= limit || outOfTime) {
                const why = !retryable
                    ? `not retried: ${req.body !== undefined && !Buffer.isBuffer(req.body) ? 'the body is a stream' : `${req.method} is not idempotent here`}`
                    : outOfTime && attempt < limit
                        ? `the ${Math.round(this.deadlineMs / 1000)} s deadline does not allow another`
                        : `attempt limit ${limit}`;
                const message = `${req.method} ${url}: gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${why}): last ${last}`;
                if (failure.res) {
                    if (!throwOnRetryable)
                        return failure.res;
                    const body = await readLimited(failure.res.body, ERROR_BODY_LIMIT, message).catch(() => Buffer.alloc(0));
                    const { codes, message: said } = registryErrorCodes(body);
                    throw new errors/* RegistryError */.gl(`${message}${codes.length ? ` [${codes.join(', ')}${said ? `: ${said}` : ''}]` : ''}`, failure.status, codes);
                }
                throw new errors/* OperationError */.OK(message, { cause: failure.err });
            }
            if (failure.res)
                await discard(failure.res.body);
            await this.sleep(delay);
        }
    }
    /** One attempt, following GET/HEAD redirects without carrying credentials to another origin. */
    async follow(req, url, authorization, headersTimeout) {
        let current = url;
        const firstOrigin = origin(url);
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.userAgent, ...req.headers };
            if (authorization && origin(current) === firstOrigin)
                headers.authorization = authorization;
            const method = hop === 0 ? req.method : req.method === 'HEAD' ? 'HEAD' : 'GET';
            const body = hop === 0 ? req.body : undefined;
            const out = await this.exchange(current, method, headers, body, headersTimeout);
            const canFollow = req.method === 'GET' || req.method === 'HEAD';
            if (!canFollow || !REDIRECTS.has(out.status) || !out.headers.location)
                return out;
            if (hop >= this.maxRedirects) {
                await discard(out.body);
                throw new errors/* OperationError */.OK(`${req.method} ${url}: more than ${this.maxRedirects} redirects`);
            }
            await discard(out.body);
            current = new URL(out.headers.location, current).href;
        }
    }
    /**
     * One request on the wire. A request that dies on a reused keep-alive
     * connection before any answer is sent once more on a new one when its body
     * can be re-sent: the server closed an idle connection, it never saw the
     * request, so this is not a retry in the backoff sense.
     */
    async exchange(url, method, headers, body, headersTimeout) {
        try {
            return await this.once(url, method, headers, body, headersTimeout);
        }
        catch (err) {
            const stale = err.reusedSocket === true;
            const code = errorCode(err);
            if (!stale || code === undefined || !STALE_SOCKET_CODES.has(code))
                throw err;
            if (body !== undefined && !Buffer.isBuffer(body))
                throw err;
            return this.once(url, method, headers, body, headersTimeout);
        }
    }
    once(url, method, headers, body, headersTimeout) {
        const target = new URL(url);
        const https = target.protocol === 'https:';
        const send = https ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
        return new Promise((resolve, reject) => {
            let settled = false;
            let headersTimer;
            const cr = send(target, {
                method,
                headers,
                agent: https ? this.agents.https : this.agents.http,
                // Idle time on the socket while this request owns it: a stalled body.
                timeout: STALL_MS,
            });
            const fail = (err) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(headersTimer);
                if (cr.reusedSocket)
                    Object.assign(err, { reusedSocket: true });
                cr.destroy();
                reject(err);
            };
            // After the response is handed over, errors reach the caller through the body stream.
            cr.on('error', fail);
            cr.on('socket', (socket) => {
                // A kept-alive socket is already open; a new one gets a bounded time to connect.
                if (!socket.connecting)
                    return;
                const connectTimer = setTimeout(() => cr.destroy(new TimeoutError(`no connection within ${CONNECT_MS / 1000} s`)), CONNECT_MS);
                const ready = () => clearTimeout(connectTimer);
                socket.once(https ? 'secureConnect' : 'connect', ready);
                socket.once('close', ready);
            });
            cr.on('timeout', () => cr.destroy(new TimeoutError(`no data moved for ${Math.round(STALL_MS / 1000)} s`)));
            cr.on('response', (res) => {
                if (settled) {
                    res.destroy();
                    return;
                }
                settled = true;
                clearTimeout(headersTimer);
                resolve({
                    status: res.statusCode ?? 0,
                    statusText: res.statusMessage ?? '',
                    headers: flattenHeaders(res.headers),
                    body: res,
                    url,
                });
            });
            // The wait for an answer starts once the request is sent, so a long upload is not cut short.
            cr.on('finish', () => {
                if (settled)
                    return;
                headersTimer = setTimeout(() => cr.destroy(new TimeoutError(`no response headers within ${Math.round(headersTimeout / 1000)} s`)), headersTimeout);
            });
            if (body === undefined || Buffer.isBuffer(body)) {
                cr.end(body);
                return;
            }
            // pipe() honours backpressure; a failing body (a digest mismatch) aborts the
            // request so the server never sees a complete upload.
            // A body that failed before we got here has already emitted its error.
            if (body.errored) {
                cr.destroy(body.errored);
                return;
            }
            body.once('error', (err) => cr.destroy(err));
            body.pipe(cr);
        });
    }
}
function createTransport(options) {
    return new NodeHttpTransport(options);
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/oci/registry.ts







const registry_ERROR_BODY_LIMIT = 64 * 1024;
/**
 * A repository in an OCI distribution registry, as a Store.
 *
 * Everything read is checked against its digest before it is returned; every
 * manifest pushed is checked against the digest the registry reports. Referrers
 * use the OCI 1.1 API where the registry has it and the `sha256-<hex>` fallback
 * tag otherwise, for reads and writes alike.
 */
class RegistryStore {
    transport;
    repository;
    name;
    chunkSize;
    fallbackRetries;
    fallbackSettleMs;
    referrersApi;
    constructor(transport, repository, options = {}) {
        this.transport = transport;
        this.repository = repository;
        this.name = `${transport.registry}/${repository}`;
        this.chunkSize = options.chunkSize;
        this.fallbackRetries = options.fallbackRetries ?? 5;
        this.fallbackSettleMs = options.fallbackSettleMs ?? 200;
        this.referrersApi = options.referrersApi;
    }
    get registry() {
        return this.transport.registry;
    }
    get pull() {
        return [`repository:${this.repository}:pull`];
    }
    get push() {
        return [`repository:${this.repository}:pull,push`];
    }
    path(kind, rest) {
        return `/v2/${this.repository}/${kind}/${rest}`;
    }
    send(req) {
        return this.transport.request(req);
    }
    async resolve(reference) {
        const where = (0,oci_digest/* isDigest */.Bc)(reference) ? `${this.name}@${reference}` : `${this.name}:${reference}`;
        const res = await this.send({
            method: 'HEAD',
            url: this.path('manifests', reference),
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `resolving ${where}`);
        await res.dump();
        const digest = res.headers['docker-content-digest'];
        const mediaType = stripParams(res.headers['content-type']);
        const size = Number(res.headers['content-length']);
        if (digest && (0,oci_digest/* isDigest */.Bc)(digest) && mediaType && Number.isSafeInteger(size) && size > 0) {
            if ((0,oci_digest/* isDigest */.Bc)(reference) && reference !== digest) {
                throw new errors/* IntegrityError */.cs(`${where}: registry answered for digest ${digest}`);
            }
            return { mediaType, digest, size };
        }
        // Some registries omit the digest on HEAD: read the manifest and hash it ourselves.
        const fetched = await this.getManifest(reference, (0,oci_digest/* isDigest */.Bc)(reference) ? reference : undefined);
        return fetched.descriptor;
    }
    fetchManifest(descriptor) {
        return this.getManifest(descriptor.digest, descriptor.digest, descriptor.size);
    }
    async getManifest(reference, expected, size) {
        const where = expected ? `${this.name}@${expected}` : `${this.name}:${reference}`;
        if (size !== undefined && size > MANIFEST_MAX_BYTES) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${size} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
        }
        const res = await this.send({
            method: 'GET',
            url: this.path('manifests', reference),
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: manifest not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading manifest ${where}`);
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > MANIFEST_MAX_BYTES) {
            await res.dump();
            throw new errors/* IntegrityError */.cs(`${where}: manifest of ${declared} bytes is over the ${MANIFEST_MAX_BYTES}-byte limit`);
        }
        const bytes = await res.bytes(MANIFEST_MAX_BYTES + 1);
        if (bytes.length > MANIFEST_MAX_BYTES) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest is over the ${MANIFEST_MAX_BYTES}-byte limit`);
        }
        const headerDigest = res.headers['docker-content-digest'];
        const want = expected ?? (headerDigest && (0,oci_digest/* isDigest */.Bc)(headerDigest) ? headerDigest : undefined);
        const actual = (0,oci_digest/* digestOf */.ol)(bytes, want ? (0,oci_digest/* algorithmOf */.Hy)(want) : 'sha256');
        if (want && actual !== want) {
            throw new errors/* IntegrityError */.cs(`${where}: manifest does not match digest ${want} (got ${actual})`);
        }
        const contentType = stripParams(res.headers['content-type']);
        const manifest = parseManifest(bytes, { mediaType: contentType, where: `${this.name}@${actual}` });
        return {
            descriptor: { mediaType: manifest.mediaType, digest: actual, size: bytes.length },
            bytes,
            manifest,
        };
    }
    async fetchBlob(descriptor) {
        const where = `${this.name}@${descriptor.digest}`;
        const res = await this.send({
            method: 'GET',
            url: this.path('blobs', descriptor.digest),
            scopes: this.pull,
            idempotent: true,
        });
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${where}: blob not found`);
        }
        if (res.status !== 200)
            throw await this.failure(res, `reading blob ${where}`);
        const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, descriptor.size, `blob ${where}`);
        const broken = (err) => verifier.destroy(new errors/* OperationError */.OK(`${where}: blob download failed after a partial read: ${err?.message ?? 'the connection closed early'}`, { cause: err }));
        res.body.on('error', broken);
        // A socket cut mid-body may end the response with 'close' and no 'error'
        // (node:http emits 'error' only to listeners present at that moment).
        res.body.on('close', () => {
            if (!res.body.readableEnded)
                broken();
        });
        // A reader that gives up early releases the connection.
        verifier.on('close', () => {
            if (!res.body.readableEnded)
                res.body.destroy();
        });
        // The body flows before the caller attaches its pipeline (a layout first
        // checks and makes directories). An error in that gap must not become an
        // uncaught exception; pipeline() and for-await still get it from the
        // destroyed stream.
        verifier.on('error', () => { });
        return res.body.pipe(verifier);
    }
    async hasBlob(descriptor) {
        return this.exists(this.path('blobs', descriptor.digest), this.push, `blob ${this.name}@${descriptor.digest}`);
    }
    async hasManifest(descriptor) {
        return this.exists(this.path('manifests', descriptor.digest), this.pull, `manifest ${this.name}@${descriptor.digest}`);
    }
    async exists(url, scopes, what) {
        const res = await this.send({
            method: 'HEAD',
            url,
            headers: { accept: mediatype/* MANIFEST_ACCEPT */.dY },
            scopes,
            idempotent: true,
        });
        await res.dump();
        if (res.status === 200)
            return true;
        if (res.status === 404)
            return false;
        throw await this.failure(res, `checking ${what}`);
    }
    async mountBlob(descriptor, fromRepository) {
        const from = encodeURIComponent(fromRepository);
        const res = await this.send({
            method: 'POST',
            url: `${this.path('blobs', 'uploads/')}?mount=${descriptor.digest}&from=${from}`,
            scopes: [...this.push, `repository:${fromRepository}:pull`],
            idempotent: false,
        });
        await res.dump();
        if (res.status === 201)
            return true;
        if (res.status === 202) {
            // The registry opened an upload session instead; close it so it does not linger.
            await this.cancelUpload(res.headers.location);
            return false;
        }
        throw await this.failure(res, `mounting ${descriptor.digest} from ${fromRepository} into ${this.name}`);
    }
    async pushBlob(descriptor, content) {
        // Whether the blob is already there is the caller's question (the copier asks
        // before it even opens the source); asking again here would double the HEADs.
        const where = `${this.name}@${descriptor.digest}`;
        if (Buffer.isBuffer(content)) {
            if (content.length !== descriptor.size ||
                (0,oci_digest/* digestOf */.ol)(content, (0,oci_digest/* algorithmOf */.Hy)(descriptor.digest)) !== descriptor.digest) {
                throw new errors/* IntegrityError */.cs(`blob ${where}: content does not match its descriptor`);
            }
            const location = await this.startUpload();
            await this.finishUpload(location, descriptor, content);
            return;
        }
        if (this.chunkSize)
            await this.pushChunked(descriptor, content, where, this.chunkSize);
        else
            await this.pushStreamed(descriptor, content, where);
    }
    /**
     * One streamed PUT that completes the upload: no buffering, so memory stays
     * flat whatever the blob's size. The bytes are checked on the way (unless the
     * stream already is a verifier for this digest) and a mismatch aborts the
     * request before the registry can commit it.
     */
    async pushStreamed(descriptor, content, where) {
        const location = await this.startUpload();
        let body = content;
        if (!(0,oci_digest/* isVerifiedStream */.fN)(content, descriptor.digest)) {
            const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, descriptor.size, `blob ${where}`);
            content.on('error', (err) => verifier.destroy(err));
            body = content.pipe(verifier);
        }
        try {
            // The source may have failed while the upload was being opened; its
            // 'error' event is gone by now, so a body piped from it would never end.
            if (body.errored || content.errored)
                throw body.errored ?? content.errored;
            if (body.destroyed)
                throw new errors/* OperationError */.OK(`blob ${where}: the source stream was closed before the upload`);
            const res = await this.send({
                method: 'PUT',
                url: withQuery(location, 'digest', descriptor.digest),
                headers: { 'content-type': 'application/octet-stream', 'content-length': String(descriptor.size) },
                body,
                scopes: this.push,
                idempotent: false,
            });
            await res.dump();
            if (res.status !== 201)
                throw await this.failure(res, `uploading blob ${where}`);
        }
        catch (err) {
            content.destroy();
            await this.cancelUpload(location).catch(() => { });
            throw err;
        }
    }
    async startUpload() {
        const res = await this.send({
            method: 'POST',
            url: this.path('blobs', 'uploads/'),
            scopes: this.push,
            idempotent: false,
        });
        await res.dump();
        if (res.status !== 202 || !res.headers.location) {
            throw await this.failure(res, `starting an upload to ${this.name}`);
        }
        return res.headers.location;
    }
    async finishUpload(location, descriptor, body) {
        const res = await this.send({
            method: 'PUT',
            url: withQuery(location, 'digest', descriptor.digest),
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(body?.length ?? 0),
            },
            body: body ?? Buffer.alloc(0),
            scopes: this.push,
            // A PUT that completes an upload by digest is safe to repeat: the result is the same blob.
            idempotent: true,
        });
        await res.dump();
        if (res.status !== 201)
            throw await this.failure(res, `completing upload of ${this.name}@${descriptor.digest}`);
    }
    /**
     * Streams a blob in PATCH chunks. Each chunk is a Buffer, so the HTTP layer
     * may retry it; the stream is hashed on the way and the upload is cancelled,
     * never completed, when the content does not match the descriptor.
     */
    async pushChunked(descriptor, content, where, chunkSize) {
        const hash = (0,external_node_crypto_.createHash)((0,oci_digest/* algorithmOf */.Hy)(descriptor.digest));
        let location = await this.startUpload();
        let offset = 0;
        let pending = [];
        let pendingBytes = 0;
        const flush = async () => {
            if (pendingBytes === 0)
                return;
            const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
            pending = [];
            pendingBytes = 0;
            location = await this.patchChunk(location, chunk, offset, where);
            offset += chunk.length;
        };
        try {
            for await (const piece of content) {
                const buf = piece;
                hash.update(buf);
                pending.push(buf);
                pendingBytes += buf.length;
                if (offset + pendingBytes > descriptor.size) {
                    throw new errors/* IntegrityError */.cs(`blob ${where}: content is larger than its declared ${descriptor.size} bytes`);
                }
                if (pendingBytes >= chunkSize)
                    await flush();
            }
            const actual = `${(0,oci_digest/* algorithmOf */.Hy)(descriptor.digest)}:${hash.digest('hex')}`;
            if (offset + pendingBytes !== descriptor.size || actual !== descriptor.digest) {
                throw new errors/* IntegrityError */.cs(`blob ${where}: content does not match its descriptor (got ${actual})`);
            }
            if (offset === 0) {
                // Small enough for one request: send it with the closing PUT.
                const body = pendingBytes ? Buffer.concat(pending, pendingBytes) : Buffer.alloc(0);
                await this.finishUpload(location, descriptor, body);
                return;
            }
            await flush();
            await this.finishUpload(location, descriptor);
        }
        catch (err) {
            content.destroy();
            await this.cancelUpload(location).catch(() => { });
            throw err;
        }
    }
    async patchChunk(location, chunk, offset, where) {
        const res = await this.send({
            method: 'PATCH',
            url: location,
            headers: {
                'content-type': 'application/octet-stream',
                'content-length': String(chunk.length),
                'content-range': `${offset}-${offset + chunk.length - 1}`,
            },
            body: chunk,
            scopes: this.push,
            // Not safe to repeat blindly: a retried PATCH after a lost answer would
            // append twice. A failure ends the upload; the caller cancels it.
            idempotent: false,
        });
        await res.dump();
        if (res.status !== 202 || !res.headers.location) {
            throw await this.failure(res, `uploading blob ${where} at offset ${offset}`);
        }
        return res.headers.location;
    }
    async cancelUpload(location) {
        if (!location)
            return;
        const res = await this.send({ method: 'DELETE', url: location, scopes: this.push, idempotent: true });
        await res.dump();
    }
    async pushManifest(bytes, mediaType, tag) {
        const manifest = parseManifest(bytes, { mediaType, where: `manifest for ${this.name}` });
        const digest = (0,oci_digest/* digestOf */.ol)(bytes);
        const reference = tag ?? digest;
        const res = await this.send({
            method: 'PUT',
            url: this.path('manifests', reference),
            headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
            body: bytes,
            scopes: this.push,
            idempotent: true,
        });
        await res.dump();
        if (res.status !== 201 && res.status !== 200) {
            throw await this.failure(res, `pushing manifest ${this.name}${tag ? `:${tag}` : `@${digest}`}`);
        }
        const reported = res.headers['docker-content-digest'];
        if (reported && reported !== digest) {
            throw new errors/* IntegrityError */.cs(`${this.name}: registry stored the manifest as ${reported}, expected ${digest}`);
        }
        const descriptor = { mediaType, digest, size: bytes.length };
        if (manifest.subject) {
            if (res.headers['oci-subject']) {
                this.referrersApi = true;
            }
            else if (!(await this.hasReferrersApi(manifest.subject.digest))) {
                await this.addToFallbackIndex(manifest.subject.digest, referrerDescriptor(descriptor, manifest));
            }
        }
        return descriptor;
    }
    /** Probe for the referrers API once per store: a supporting registry answers 200 even for unknown subjects. */
    async hasReferrersApi(subject) {
        if (this.referrersApi !== undefined)
            return this.referrersApi;
        const res = await this.send({
            method: 'GET',
            url: this.path('referrers', subject),
            headers: { accept: mediatype/* MediaType */.zu.ociIndex },
            scopes: this.pull,
            idempotent: true,
        });
        await res.dump();
        this.referrersApi = res.status === 200 && stripParams(res.headers['content-type']) === mediatype/* MediaType */.zu.ociIndex;
        return this.referrersApi;
    }
    /**
     * Read-modify-write of the `sha256-<hex>` index. Distribution has no
     * compare-and-swap on tags, so after writing we read the tag back: if another
     * client's write replaced ours in the meantime, our entry is missing and we
     * merge again from what is there now, keeping everything both clients wrote.
     */
    async addToFallbackIndex(subject, entry) {
        const tag = fallbackTag(subject);
        for (let attempt = 0; attempt <= this.fallbackRetries; attempt++) {
            const current = await this.readFallbackIndex(subject);
            const merged = mergeReferrer(current, entry);
            if (merged) {
                const bytes = Buffer.from(JSON.stringify(merged));
                const res = await this.send({
                    method: 'PUT',
                    url: this.path('manifests', tag),
                    headers: { 'content-type': mediatype/* MediaType */.zu.ociIndex, 'content-length': String(bytes.length) },
                    body: bytes,
                    scopes: this.push,
                    idempotent: true,
                });
                await res.dump();
                if (res.status !== 201 && res.status !== 200) {
                    throw await this.failure(res, `updating referrers index ${this.name}:${tag}`);
                }
            }
            const after = await this.readFallbackIndex(subject);
            if (!after?.manifests.some((d) => d.digest === entry.digest))
                continue;
            // A writer that read the index before our PUT may still be about to
            // replace it with a copy that lacks our entry. Its PUT follows its read
            // within a round trip, so a second look after a short pause catches it.
            await (0,external_node_timers_promises_namespaceObject.setTimeout)(this.fallbackSettleMs * (1 + Math.random()));
            const settled = await this.readFallbackIndex(subject);
            if (settled?.manifests.some((d) => d.digest === entry.digest))
                return;
        }
        throw new errors/* OperationError */.OK(`${this.name}:${tag}: referrers index kept changing under concurrent writers; gave up after ${this.fallbackRetries + 1} attempts`);
    }
    async readFallbackIndex(subject) {
        try {
            const fetched = await this.getManifest(fallbackTag(subject));
            if (!('manifests' in fetched.manifest)) {
                throw new errors/* IntegrityError */.cs(`${this.name}:${fallbackTag(subject)}: referrers tag is not an index`);
            }
            return fetched.manifest;
        }
        catch (err) {
            if (err instanceof errors/* NotFoundError */.m_)
                return undefined;
            throw err;
        }
    }
    async referrers(subject, options = {}) {
        let found;
        if (this.referrersApi !== false)
            found = await this.referrersFromApi(subject);
        if (found === undefined) {
            this.referrersApi = false;
            found = (await this.readFallbackIndex(subject))?.manifests ?? [];
        }
        const typed = await resolveArtifactTypes(found, (d) => this.fetchManifest(d));
        return options.artifactType ? typed.filter((d) => d.artifactType === options.artifactType) : typed;
    }
    /** All pages of the referrers API, or undefined when the registry does not have it. */
    async referrersFromApi(subject) {
        const out = [];
        let url = this.path('referrers', subject);
        const seen = new Set();
        while (url) {
            if (seen.has(url))
                throw new errors/* IntegrityError */.cs(`${this.name}: referrers pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({
                method: 'GET',
                url,
                headers: { accept: mediatype/* MediaType */.zu.ociIndex },
                scopes: this.pull,
                idempotent: true,
            });
            if (res.status === 404 && out.length === 0) {
                await res.dump();
                return undefined;
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing referrers of ${this.name}@${subject}`);
            if (stripParams(res.headers['content-type']) !== mediatype/* MediaType */.zu.ociIndex && out.length === 0) {
                await res.dump();
                return undefined;
            }
            const bytes = await res.bytes(MANIFEST_MAX_BYTES + 1);
            const page = parseManifest(bytes, {
                mediaType: mediatype/* MediaType */.zu.ociIndex,
                where: `referrers of ${this.name}@${subject}`,
            });
            if (!('manifests' in page))
                throw new errors/* IntegrityError */.cs(`${this.name}: referrers answer is not an index`);
            out.push(...page.manifests);
            url = nextLink(res.headers.link);
        }
        this.referrersApi = true;
        return out;
    }
    /**
     * Every tag, page by page. Pages follow the `Link` header; a registry that
     * honours `n` but sends no Link (go-containerregistry) is asked again from
     * the last tag while full pages keep bringing new tags.
     */
    async listTags(options = {}) {
        const pageSize = options.pageSize ?? 1000;
        const base = this.path('tags', 'list');
        const tags = [];
        const known = new Set();
        let url = `${base}?n=${pageSize}`;
        const seen = new Set();
        while (url) {
            if (seen.has(url))
                throw new errors/* IntegrityError */.cs(`${this.name}: tag list pagination loops at ${url}`);
            seen.add(url);
            const res = await this.send({ method: 'GET', url, scopes: this.pull, idempotent: true });
            if (res.status === 404) {
                await res.dump();
                throw new errors/* NotFoundError */.m_(`${this.name}: repository not found`);
            }
            if (res.status !== 200)
                throw await this.failure(res, `listing tags of ${this.name}`);
            const body = (await res.bytes(MANIFEST_MAX_BYTES)).toString('utf8');
            let page;
            try {
                page = JSON.parse(body);
            }
            catch {
                throw new errors/* IntegrityError */.cs(`${this.name}: tag list is not JSON`);
            }
            let added = 0;
            let last;
            if (page.tags !== null && page.tags !== undefined) {
                if (!Array.isArray(page.tags) || page.tags.some((t) => typeof t !== 'string')) {
                    throw new errors/* IntegrityError */.cs(`${this.name}: tag list has a "tags" field that is not a list of strings`);
                }
                for (const t of page.tags) {
                    last = t;
                    if (known.has(t))
                        continue;
                    known.add(t);
                    tags.push(t);
                    added++;
                }
            }
            url = nextLink(res.headers.link);
            if (!url && last !== undefined && added > 0 && page.tags.length === pageSize) {
                url = `${base}?n=${pageSize}&last=${encodeURIComponent(last)}`;
            }
        }
        return tags;
    }
    async deleteManifest(digest) {
        const res = await this.send({
            method: 'DELETE',
            url: this.path('manifests', digest),
            scopes: [`repository:${this.repository}:delete`, ...this.push],
            idempotent: true,
        });
        if (res.status === 202 || res.status === 200) {
            await res.dump();
            return;
        }
        if (res.status === 404) {
            await res.dump();
            throw new errors/* NotFoundError */.m_(`${this.name}@${digest}: manifest not found`);
        }
        throw await this.failure(res, `deleting ${this.name}@${digest}`);
    }
    /** Turns an error answer into a typed error carrying the registry's own codes and messages. */
    async failure(res, doing) {
        let detail = '';
        const codes = [];
        try {
            const text = (await res.bytes(registry_ERROR_BODY_LIMIT)).toString('utf8');
            const parsed = JSON.parse(text);
            for (const e of parsed.errors ?? []) {
                if (e.code)
                    codes.push(e.code);
                if (e.message)
                    detail += `${detail ? '; ' : ''}${e.code ? `${e.code}: ` : ''}${e.message}`;
            }
        }
        catch {
            // Not a distribution error body (a proxy's HTML page, an empty HEAD answer): the status says enough.
        }
        const message = `${doing}: ${res.status} from ${this.transport.registry}${detail ? ` (${oneLine(detail)})` : ''}`;
        if (res.status === 401 || res.status === 403)
            return new errors/* AuthError */.lR(message, res.status, codes);
        if (res.status === 405 && codes.includes('UNSUPPORTED')) {
            return new errors/* RegistryError */.gl(`${message}: the registry does not allow this operation`, res.status, codes);
        }
        return new errors/* RegistryError */.gl(message, res.status, codes);
    }
}
function stripParams(contentType) {
    return contentType?.split(';')[0]?.trim() || undefined;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').slice(0, 300);
}
function withQuery(location, key, value) {
    return `${location}${location.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}
/** The `rel="next"` target of an RFC 8288 Link header, as distribution and the referrers API send it. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(/,(?=\s*<)/)) {
        const m = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
        if (m && /\brel="?next"?/.test(m[2] ?? ''))
            return m[1];
    }
    return undefined;
}


// EXTERNAL MODULE: ./src/oci/source.ts
var oci_source = __nccwpck_require__(3267);
;// CONCATENATED MODULE: ./src/oci/opener.ts









/** Opens any SOURCE scheme of DESIGN.md for reading, or as a destination for writing. */
async function openLocation(text, mode, access) {
    const source = await (0,oci_source/* detectSource */.PM)(text);
    const local = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(access.cwd, p));
    const noop = async () => { };
    switch (source.kind) {
        case 'registry': {
            const ref = source.reference;
            const credentials = dockerCredentials({
                ...(access.credentials ? { explicit: { [ref.registry]: access.credentials } } : {}),
                ...(access.dockerConfigDir ? { configPath: (0,external_node_path_.resolve)(access.dockerConfigDir, 'config.json') } : {}),
            });
            const transport = createTransport({
                registry: ref.registry,
                insecure: access.insecureRegistries ?? [],
                credentials,
                userAgent: access.userAgent,
            });
            return {
                store: new RegistryStore(transport, ref.repository),
                reference: ref.digest ?? ref.tag ?? (mode === 'read' ? 'latest' : ''),
                display: (0,reference/* formatReference */.FH)({ registry: ref.registry, repository: ref.repository }),
                needsTag: false,
                commit: noop,
                close: () => transport.close(),
            };
        }
        case 'oci-dir': {
            const dir = local(source.path);
            const store = await LayoutStore.open(dir, { create: mode === 'write', name: `oci-dir:${source.path}` });
            return {
                store,
                reference: source.digest ?? source.tag ?? '',
                display: `oci-dir:${source.path}`,
                needsTag: true,
                commit: noop,
                close: noop,
            };
        }
        case 'oci-archive': {
            const file = local(source.path);
            const store = mode === 'write' ? await OciArchiveStore.create(file) : await OciArchiveStore.open(file);
            return archiveLocation(store, `oci-archive:${source.path}`, source.digest ?? source.tag ?? '');
        }
        case 'docker-archive': {
            if (mode === 'write') {
                throw new errors/* InputError */.dz(`${text}: writing docker-archive is not supported; use oci-archive: or oci-dir:`);
            }
            const store = await DockerArchiveStore.open(local(source.path));
            return archiveLocation(store, `docker-archive:${source.path}`, source.reference ? (0,reference/* formatReference */.FH)(source.reference) : '');
        }
        case 'dir':
            throw new errors/* InputError */.dz(`${text}: a directory of files is not an image; use oci-dir: for an OCI layout, or \`lading build\` to make one`);
    }
}
function archiveLocation(store, display, reference) {
    return {
        store,
        reference,
        display,
        needsTag: true,
        commit: async () => { },
        close: () => store.close(),
    };
}


/***/ }),

/***/ 85105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   eV: () => (/* binding */ platformEntries),
/* harmony export */   h0: () => (/* binding */ matchPlatform),
/* harmony export */   md: () => (/* binding */ selectPlatform)
/* harmony export */ });
/* unused harmony export normalizePlatform */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23919);

// Platform names as users type them (`linux/arm64`, `linux/x86_64`) and as
// indexes spell them (`arm64` with or without `v8`) differ; both sides are
// normalised the way containerd's platforms package does before comparing, so
// `--platform linux/aarch64` finds the `linux/arm64/v8` entry.
const PART = /^[a-z0-9][a-z0-9._-]*$/;
/**
 * `os/arch[/variant]`, optionally `os(os.version)/arch…` as containerd writes
 * Windows platforms. Returns the normalised platform; throws InputError on junk.
 */
function parsePlatform(text, where = '--platform') {
    const m = /^([^/()]+)(?:\(([^()]+)\))?\/([^/]+)(?:\/([^/]+))?$/.exec(text.trim());
    const os = m?.[1]?.toLowerCase();
    const arch = m?.[3]?.toLowerCase();
    const variant = m?.[4]?.toLowerCase();
    if (!m ||
        !os ||
        !arch ||
        !PART.test(os) ||
        !PART.test(arch) ||
        (variant !== undefined && !PART.test(variant))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: "${text}" is not a platform; expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8`);
    }
    return normalizePlatform({
        os,
        architecture: arch,
        ...(variant ? { variant } : {}),
        ...(m[2] ? { 'os.version': m[2] } : {}),
    });
}
/** containerd's normalisation, except that arm64 keeps `v8` explicit, as Docker's indexes write it. */
function normalizePlatform(p) {
    let os = p.os.toLowerCase();
    if (os === 'macos')
        os = 'darwin';
    let arch = p.architecture.toLowerCase();
    let variant = p.variant?.toLowerCase() ?? '';
    switch (arch) {
        case 'i386':
            arch = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            arch = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            arch = 'arm64';
            if (variant === '' || variant === '8' || variant === 'v8.0')
                variant = 'v8';
            else if (variant === '9' || variant === '9.0' || variant === 'v9.0')
                variant = 'v9';
            break;
        case 'armhf':
            arch = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            arch = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (/^[5-8]$/.test(variant))
                variant = `v${variant}`;
            break;
    }
    const out = { os, architecture: arch };
    if (variant)
        out.variant = variant;
    if (p['os.version'])
        out['os.version'] = p['os.version'];
    if (p['os.features'])
        out['os.features'] = p['os.features'];
    return out;
}
/** `linux/arm64/v8`, with `(os.version)` when there is one. */
function formatPlatform(p) {
    const n = normalizePlatform(p);
    const os = n['os.version'] ? `${n.os}(${n['os.version']})` : n.os;
    return [os, n.architecture, n.variant].filter(Boolean).join('/');
}
/** Exact match after normalisation; `os.version` only counts when `want` names one. */
function matchPlatform(want, have) {
    const w = normalizePlatform(want);
    const h = normalizePlatform(have);
    if (w.os !== h.os || w.architecture !== h.architecture || (w.variant ?? '') !== (h.variant ?? ''))
        return false;
    return !w['os.version'] || w['os.version'] === h['os.version'];
}
/**
 * Platforms that can run an image built for `want`, best first: the platform
 * itself, then older variants of the same architecture (arm/v7 runs arm/v6 and
 * arm/v5; amd64/v3 runs v2 and v1), as containerd orders them. Never another
 * architecture: an SBOM of a 386 image is not the SBOM of an amd64 one.
 */
function compatible(want) {
    const w = normalizePlatform(want);
    const out = [w];
    const version = Number(/^v(\d+)$/.exec(w.variant ?? '')?.[1]);
    const floor = w.architecture === 'arm' ? 5 : w.architecture === 'amd64' ? 1 : undefined;
    if (floor !== undefined && Number.isInteger(version)) {
        for (let v = version - 1; v >= floor; v--) {
            const { variant: _, ...rest } = w;
            out.push(w.architecture === 'amd64' && v === 1 ? rest : { ...rest, variant: `v${v}` });
        }
    }
    return out;
}
/** Entries that are images for a platform: no attestation (`unknown/unknown`) or platform-less entries. */
function platformEntries(index) {
    return index.manifests.filter((d) => d.platform !== undefined && !(d.platform.os === 'unknown' && d.platform.architecture === 'unknown'));
}
/**
 * The index entry for `want` (the caller's default platform when the user gave
 * none). NotFoundError lists what the index offers, so the user can pick one.
 */
function selectPlatform(index, want, ref) {
    const entries = platformEntries(index);
    for (const candidate of compatible(want)) {
        const hit = entries.find((d) => matchPlatform(candidate, d.platform));
        if (hit)
            return hit;
    }
    const offered = [...new Set(entries.map((d) => formatPlatform(d.platform)))];
    const has = offered.length ? `it has ${offered.join(', ')}` : 'it lists no platform images';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFoundError */ .m_(`no ${formatPlatform(want)} image in ${ref}; ${has}`);
}


/***/ }),

/***/ 81101:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Mb: () => (/* binding */ registryApiHost),
/* harmony export */   j5: () => (/* binding */ defaultScheme)
/* harmony export */ });
/* unused harmony exports DOCKER_HUB, DEFAULT_TAG, NAME_MAX, hostOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23919);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74102);


const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DEFAULT_TAG = 'latest';
/** distribution's NameTotalLengthMax, applied to registry + "/" + repository. */
const NAME_MAX = 255;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${HOST}(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const HEX64_RE = /^[a-f0-9]{64}$/;
function fail(ref, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`image reference "${ref}": ${what}`);
}
function parseReference(input, options = {}) {
    const ref = input;
    if (ref === '')
        fail(ref, 'is empty');
    if (/\s/.test(ref))
        fail(ref, 'contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (d.includes('@'))
            fail(ref, 'has more than one "@"');
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d))
            fail(ref, `digest "${d}" is not sha256:<64 hex> or sha512:<128 hex> in lower case`);
        digest = d;
    }
    // A tag is what follows the last ":" after the last "/"; a ":" before that is a port.
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_RE.test(tag)) {
            fail(ref, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127} (at most 128 characters)`);
        }
    }
    if (rest === '')
        fail(ref, 'has no repository name');
    let registry;
    let repository;
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    if (slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first)) {
        registry = first;
        repository = rest.slice(slash + 1);
        if (!DOMAIN_RE.test(registry))
            fail(ref, `registry "${registry}" is not a valid host[:port]`);
    }
    else {
        registry = DOCKER_HUB;
        repository = rest;
    }
    if (DOCKER_HUB_ALIASES.has(registry)) {
        registry = DOCKER_HUB;
        if (!repository.includes('/'))
            repository = `library/${repository}`;
    }
    if (repository === '')
        fail(ref, 'has no repository name after the registry');
    for (const component of repository.split('/')) {
        if (component === '')
            fail(ref, 'repository has an empty path component ("//" or a trailing "/")');
        if (!PATH_COMPONENT_RE.test(component)) {
            if (component.toLowerCase() !== component && PATH_COMPONENT_RE.test(component.toLowerCase())) {
                fail(ref, `repository name must be lowercase ("${component}")`);
            }
            fail(ref, `repository component "${component}" must be lowercase letters and digits, separated by ".", "_", "__" or "-"`);
        }
    }
    if (registry === DOCKER_HUB && HEX64_RE.test(rest)) {
        fail(ref, 'a 64-character hex string is an image ID, not a repository name');
    }
    const name = `${registry}/${repository}`;
    if (name.length > NAME_MAX)
        fail(ref, `name "${name}" is longer than ${NAME_MAX} characters`);
    if (tag === undefined && digest === undefined && options.defaultTag !== false)
        tag = DEFAULT_TAG;
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** The fully qualified form: `docker.io/library/alpine:3.20@sha256:…`. */
function formatReference(r) {
    return `${r.registry}/${r.repository}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
/** The host that serves the distribution API for `registry` (Docker Hub's differs from its name). */
function registryApiHost(registry) {
    return DOCKER_HUB_ALIASES.has(registry) ? DOCKER_HUB_API : registry;
}
/** The host without its port: `[::1]` stays bracketed. */
function hostOf(registry) {
    if (registry.startsWith('[')) {
        const end = registry.indexOf(']');
        return end >= 0 ? registry.slice(0, end + 1) : registry;
    }
    const colon = registry.lastIndexOf(':');
    return colon >= 0 ? registry.slice(0, colon) : registry;
}
/**
 * Plain HTTP for loopback registries (as crane and oras default), or for hosts
 * the caller lists as insecure (`host` or `host:port`); HTTPS otherwise.
 */
function defaultScheme(registry, insecure = []) {
    const host = hostOf(registry).toLowerCase();
    if (insecure.includes(registry) || insecure.includes(host))
        return 'http';
    if (host === 'localhost' || host === '[::1]')
        return 'http';
    if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
        return 'http';
    return 'https';
}


/***/ }),

/***/ 3267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ detectSource)
/* harmony export */ });
/* unused harmony exports parseSource, fileSystemProbe, archiveKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(75062);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(23919);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(74102);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(81101);







const TAG_RE = /^[\w][\w.-]{0,127}$/;
function fail(source, what) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`source "${source}": ${what}`);
}
/** Re-words a reference error so it names the whole source the user typed. */
function reference(source, text) {
    try {
        return (0,_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(text);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
            fail(source, err.message);
        throw err;
    }
}
/** `PATH[:TAG|@DIGEST]` for OCI layouts; a path that exists as written wins over a tag split. */
async function layoutTarget(source, rest, probe) {
    if (rest === '')
        fail(source, 'the path is empty');
    const at = rest.indexOf('@');
    if (at >= 0) {
        if (rest.indexOf('@', at + 1) >= 0)
            fail(source, 'has more than one "@"');
        const path = rest.slice(0, at);
        const digest = rest.slice(at + 1);
        if (path === '')
            fail(source, 'the path is empty');
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(digest))
            fail(source, `"${digest}" is not a digest (sha256:<64 hex> or sha512:<128 hex>)`);
        return { path, digest };
    }
    const colon = rest.lastIndexOf(':');
    if (colon < 0 || (await probe.kindOf(rest)) !== undefined)
        return { path: rest };
    const path = rest.slice(0, colon);
    const tag = rest.slice(colon + 1);
    if (tag.includes('/'))
        return { path: rest };
    if (path === '')
        fail(source, 'the path is empty');
    if (!TAG_RE.test(tag))
        fail(source, `tag "${tag}" must match [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`);
    return { path, tag };
}
function looksLikePath(s) {
    return /^(\.{1,2}(\/|$)|\/|~)/.test(s) || s.endsWith('.tar') || s.endsWith('.tar.gz') || s.endsWith('.tgz');
}
async function parseSource(source, probe) {
    if (source === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('source is empty: give an image reference or a scheme such as oci-dir:DIR');
    const colon = source.indexOf(':');
    const scheme = colon > 0 ? source.slice(0, colon) : '';
    const rest = source.slice(colon + 1);
    switch (scheme) {
        case 'registry':
            if (rest === '')
                fail(source, 'the image reference is empty');
            return { kind: 'registry', reference: reference(source, rest) };
        case 'oci-dir':
            return { kind: 'oci-dir', ...(await layoutTarget(source, rest, probe)) };
        case 'oci-archive':
            return { kind: 'oci-archive', ...(await layoutTarget(source, rest, probe)) };
        case 'docker-archive': {
            if (rest === '')
                fail(source, 'the path is empty');
            // The reference after the path has colons of its own (alpine:3), so split at the first one.
            const split = rest.indexOf(':');
            if (split < 0 || (await probe.kindOf(rest)) !== undefined)
                return { kind: 'docker-archive', path: rest };
            const path = rest.slice(0, split);
            if (path === '')
                fail(source, 'the path is empty');
            const ref = rest.slice(split + 1);
            if (ref === '')
                fail(source, 'the image reference after the path is empty');
            return { kind: 'docker-archive', path, reference: reference(source, ref) };
        }
        case 'dir':
            if (rest === '')
                fail(source, 'the path is empty');
            return { kind: 'dir', path: rest };
    }
    const kind = await probe.kindOf(source);
    if (kind === 'file') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`source "${source}": is a file but neither an OCI archive (oci-layout) nor a docker archive (manifest.json)`);
    }
    if (kind !== undefined)
        return { kind, path: source };
    if (looksLikePath(source))
        fail(source, 'no such file or directory');
    return { kind: 'registry', reference: reference(source, source) };
}
/** `parseSource` against the real filesystem. */
function detectSource(source) {
    return parseSource(source, fileSystemProbe);
}
const fileSystemProbe = {
    async kindOf(path) {
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .OperationError */ .OK(`${path}: cannot inspect: ${err.message}`, { cause: err });
        }
        if (info.isDirectory()) {
            const layout = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(`${path}/oci-layout`).catch(() => undefined);
            return layout?.isFile() ? 'oci-dir' : 'dir';
        }
        if (!info.isFile())
            return 'file';
        return archiveKind(path);
    },
};
const TAR_BLOCK = 512;
/** Top-level entry names that say what an archive holds; `./` prefixes are ignored. */
function markerOf(name) {
    const bare = name.replace(/^\.\//, '');
    return bare === 'oci-layout' || bare === 'manifest.json' ? bare : undefined;
}
function decide(seen) {
    // Docker 25+ writes both; the OCI layout is the richer description.
    if (seen.has('oci-layout'))
        return 'oci-archive';
    if (seen.has('manifest.json'))
        return 'docker-archive';
    return 'file';
}
/**
 * Classifies a tar (plain or gzip) by its top-level marker files. A plain tar
 * is walked header to header with positioned reads, so a large archive is not
 * read through; a gzip stream has to be inflated as it is walked.
 */
async function archiveKind(path) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'r');
    try {
        const magic = Buffer.alloc(TAR_BLOCK);
        const { bytesRead } = await fh.read(magic, 0, TAR_BLOCK, 0);
        if (bytesRead >= 2 && magic[0] === 0x1f && magic[1] === 0x8b)
            return await gzipArchiveKind(path);
        if (bytesRead < TAR_BLOCK || magic.toString('latin1', 257, 262) !== 'ustar')
            return 'file';
        return await plainArchiveKind(fh);
    }
    finally {
        await fh.close();
    }
}
async function plainArchiveKind(fh) {
    const seen = new Set();
    const header = Buffer.alloc(TAR_BLOCK);
    let offset = 0;
    let paxPath;
    for (;;) {
        const { bytesRead } = await fh.read(header, 0, TAR_BLOCK, offset);
        if (bytesRead < TAR_BLOCK || header.every((b) => b === 0))
            break;
        const field = (start, len) => header.toString('utf8', start, start + len).replace(/\0.*$/s, '');
        const size = Number.parseInt(field(124, 12).trim() || '0', 8);
        if (!Number.isFinite(size))
            break;
        const type = String.fromCharCode(header[156] ?? 0);
        const prefix = field(345, 155);
        const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        paxPath = undefined;
        if (type === 'x') {
            // A PAX extended header may rename the next entry.
            const body = Buffer.alloc(size);
            await fh.read(body, 0, size, offset + TAR_BLOCK);
            paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
        }
        else {
            const marker = markerOf(name);
            if (marker)
                seen.add(marker);
            if (seen.has('oci-layout'))
                break;
        }
        offset += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
    }
    return decide(seen);
}
async function gzipArchiveKind(path) {
    const seen = new Set();
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_3__.extract();
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: 1024 * 1024 }));
    input.on('error', (err) => extract.destroy(err));
    input.pipe(extract);
    try {
        for await (const entry of extract) {
            const marker = markerOf(entry.header.name);
            if (marker)
                seen.add(marker);
            entry.resume();
            if (seen.has('oci-layout'))
                break;
        }
    }
    catch {
        // Not a tar inside the gzip: it is some other file.
        return seen.size ? decide(seen) : 'file';
    }
    finally {
        input.destroy();
        extract.destroy();
    }
    return decide(seen);
}


/***/ }),

/***/ 67965:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isIndex)
/* harmony export */ });
function isIndex(m) {
    return Array.isArray(m.manifests);
}


/***/ }),

/***/ 48154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Av: () => (/* binding */ parseSbomOutput),
  Tz: () => (/* binding */ writeSbom)
});

// UNUSED EXPORTS: SBOM_FILE_SUFFIXES, SBOM_FORMATS, SBOM_MEDIA_TYPES, isSbomFormat, parseSbomFormat

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(23919);
// EXTERNAL MODULE: ../../work/main/node_modules/spdx-license-ids/index.json
var spdx_license_ids = __nccwpck_require__(16543);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __nccwpck_require__(74102);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/sbom/formats/identity.ts


// Every identifier an SBOM carries (document namespace, serial number, SPDXIDs,
// bom-refs) is derived from content, never from a clock or a random source, so
// the same image gives byte-identical SBOMs on every run and every machine.
/** JSON with object keys sorted at every level: the same value always gives the same text. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Code-unit order: unlike localeCompare it is the same under every locale and ICU version. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/** RFC 4122 URL namespace: lading's names are URIs (`urn:lading:…`). */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/**
 * A name-based (version 5, SHA-1) UUID as RFC 4122 §4.3 defines it: the same
 * name always gives the same UUID. CycloneDX's schema only accepts versions 1–5,
 * which rules out the newer v8.
 */
function nameBasedUuid(name, namespace = URL_NAMESPACE) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    if (ns.length !== 16)
        throw new errors/* InputError */.dz(`UUID namespace "${namespace}" is not a UUID`);
    const bytes = (0,external_node_crypto_.createHash)('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/**
 * The inventory's packages in a stable order whatever order the catalogers
 * found them in: by type, name, version, purl, where found, then content. Locations are
 * sorted inside each package, and records that are identical in every field
 * (a package database read twice) are written once.
 */
function orderPackages(packages) {
    const byKey = new Map();
    for (const original of packages) {
        const pkg = {
            ...original,
            locations: [...original.locations].sort((a, b) => compareText(a.path, b.path) || compareText(a.layer ?? '', b.layer ?? '')),
        };
        const key = sha256Hex(canonicalJson(pkg));
        if (!byKey.has(key))
            byKey.set(key, { pkg, key });
    }
    return [...byKey.values()].sort((a, b) => compareText(a.pkg.type, b.pkg.type) ||
        compareText(a.pkg.name, b.pkg.name) ||
        compareText(a.pkg.version, b.pkg.version) ||
        compareText(a.pkg.purl, b.pkg.purl) ||
        compareText(a.pkg.locations.map((l) => l.path).join('\n'), b.pkg.locations.map((l) => l.path).join('\n')) ||
        compareText(a.key, b.key));
}
/** The identity key of a package as `orderPackages` computes it, for callers linking findings to packages. */
function packageKey(pkg) {
    return orderPackages([pkg])[0]?.key ?? '';
}
/** Text reduced to the SPDX idstring alphabet (`[A-Za-z0-9.-]`), for SPDXIDs and LicenseRefs. */
function idstring(text) {
    return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
}
/** `2024-01-01T00:00:00Z`: the form both SPDX and CycloneDX accept, without milliseconds. */
function timestamp(created, where) {
    if (Number.isNaN(created.getTime()))
        throw new errors/* InputError */.dz(`${where}: creation time is not a valid date`);
    const year = created.getUTCFullYear();
    if (year < 1 || year > 9999) {
        throw new errors/* InputError */.dz(`${where}: creation time ${created.toISOString()} is outside the years 0001-9999 both formats allow`);
    }
    return created.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: ./src/sbom/formats/subject.ts
var formats_subject = __nccwpck_require__(29029);
;// CONCATENATED MODULE: ./src/sbom/formats/cyclonedx.ts




// CycloneDX 1.6 JSON, shaped like syft's output where the spec leaves a choice:
// the image is `metadata.component` (type container, digest as version and
// hash), each inventory package a `library` component whose bom-ref is its purl,
// the distro an `operating-system` component, and where a package was found goes
// in `lading:` properties as syft puts it in `syft:` ones.
const SPDX_IDS = new Set(spdx_license_ids);
/** CycloneDX 1.6 JSON text (two-space indented, trailing newline) describing `subject`. */
function writeCyclonedx(inventory, subject, options) {
    return `${JSON.stringify(buildCyclonedx(inventory, subject, options), null, 2)}\n`;
}
/** The BOM as an object, for callers that embed it (an in-toto statement's predicate). */
function buildCyclonedx(inventory, subject, options) {
    (0,formats_subject/* checkSubject */.jj)(subject);
    (0,formats_subject/* checkOptions */.Jr)(options);
    const created = timestamp(options.created, `CycloneDX BOM for ${subject.name}`);
    const root = rootComponent(subject);
    const components = [];
    if (inventory.distro)
        components.push(distroComponent(inventory.distro));
    const ordered = orderPackages(inventory.packages);
    const refs = bomRefs(ordered, new Set([root['bom-ref'], ...components.map((c) => c['bom-ref'])]));
    for (const entry of ordered)
        components.push(packageComponent(entry, refs.get(entry.key)));
    const bom = {
        $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: '',
        version: 1,
        metadata: {
            timestamp: created,
            tools: { components: [{ type: 'application', name: 'lading', version: options.toolVersion }] },
            component: root,
        },
        components,
        dependencies: [
            { ref: root['bom-ref'], dependsOn: components.map((c) => c['bom-ref']).sort(compareText) },
        ],
    };
    if (options.vulnerabilities) {
        const refOf = (pkg) => refs.get(packageKey(pkg));
        const vulnerabilities = [...options.vulnerabilities(refOf)].sort((a, b) => compareText(a.id, b.id) || compareText(canonicalJson(a), canonicalJson(b)));
        if (vulnerabilities.length > 0)
            bom.vulnerabilities = vulnerabilities;
    }
    // Derived from everything but the timestamp: a rerun on the same image gives the same serial number.
    const content = canonicalJson({ ...bom, metadata: { ...bom.metadata, timestamp: undefined } });
    bom.serialNumber = `urn:uuid:${nameBasedUuid(`urn:lading:cyclonedx:${sha256Hex(content)}:${options.namespaceSeed ?? ''}`)}`;
    return bom;
}
function rootComponent(subject) {
    if (subject.kind === 'directory') {
        return { 'bom-ref': `lading:directory:${subject.name}`, type: 'file', name: subject.name };
    }
    const purl = (0,formats_subject/* imagePurl */.X6)(subject);
    const component = {
        'bom-ref': purl,
        type: 'container',
        name: subject.name,
        version: subject.digest,
        hashes: [{ alg: (0,formats_subject/* digestAlgorithm */.g4)(subject.digest).cyclonedx, content: (0,digest/* hexOf */.ZD)(subject.digest) }],
        purl,
    };
    const properties = [];
    if (subject.tag)
        properties.push({ name: 'lading:image:tag', value: subject.tag });
    if (subject.platform)
        properties.push({ name: 'lading:image:platform', value: (0,formats_subject/* platformText */.VQ)(subject.platform) });
    if (properties.length > 0)
        component.properties = properties;
    return component;
}
function distroComponent(distro) {
    const version = distro.versionId ?? distro.versionCodename;
    const component = {
        'bom-ref': `lading:os:${distro.id}${version ? `@${version}` : ''}`,
        type: 'operating-system',
        name: distro.id,
    };
    if (version)
        component.version = version;
    component.description = distro.prettyName;
    const properties = [];
    if (distro.versionCodename)
        properties.push({ name: 'lading:distro:versionCodename', value: distro.versionCodename });
    if (distro.idLike && distro.idLike.length > 0) {
        properties.push({ name: 'lading:distro:idLike', value: distro.idLike.join(' ') });
    }
    if (properties.length > 0)
        component.properties = properties;
    return component;
}
/**
 * bom-refs: the purl where it is unique in the document (what syft and most
 * consumers expect), else the purl with a `package-id` qualifier taken from the
 * package's content, so two copies of one npm package in different directories
 * stay two components with stable references.
 */
function bomRefs(ordered, taken) {
    const count = new Map();
    for (const { pkg } of ordered)
        count.set(pkg.purl, (count.get(pkg.purl) ?? 0) + 1);
    const refs = new Map();
    for (const { pkg, key } of ordered) {
        let ref = pkg.purl && count.get(pkg.purl) === 1 && !taken.has(pkg.purl)
            ? pkg.purl
            : withPackageId(pkg.purl, key, 16);
        if (taken.has(ref))
            ref = withPackageId(pkg.purl, key, 64);
        taken.add(ref);
        refs.set(key, ref);
    }
    return refs;
}
function withPackageId(purl, key, length) {
    const id = `package-id=${key.slice(0, length)}`;
    if (!purl)
        return `lading:package:${key.slice(0, length)}`;
    const hash = purl.indexOf('#');
    const [base, subpath] = hash === -1 ? [purl, ''] : [purl.slice(0, hash), purl.slice(hash)];
    return `${base}${base.includes('?') ? '&' : '?'}${id}${subpath}`;
}
function packageComponent({ pkg }, ref) {
    const vendor = stringMetadata(pkg, 'vendor');
    const maintainer = stringMetadata(pkg, 'maintainer');
    const description = stringMetadata(pkg, 'description');
    const url = stringMetadata(pkg, 'url');
    const licenses = licenseChoices(pkg.licenses);
    return {
        'bom-ref': ref,
        type: 'library',
        ...(vendor ? { supplier: { name: vendor } } : {}),
        ...(maintainer ? { publisher: maintainer } : {}),
        name: pkg.name,
        version: pkg.version,
        ...(description ? { description } : {}),
        ...(licenses.length > 0 ? { licenses } : {}),
        ...(pkg.purl ? { purl: pkg.purl } : {}),
        ...(url && /^https?:\/\/\S+$/.test(url)
            ? { externalReferences: [{ type: 'website', url }] }
            : {}),
        properties: properties(pkg),
    };
}
function properties(pkg) {
    const out = [{ name: 'lading:package:type', value: pkg.type }];
    if (pkg.arch)
        out.push({ name: 'lading:package:arch', value: pkg.arch });
    if (pkg.source) {
        out.push({ name: 'lading:package:sourceName', value: pkg.source.name });
        out.push({ name: 'lading:package:sourceVersion', value: pkg.source.version });
    }
    pkg.locations.forEach((location, i) => {
        out.push({ name: `lading:location:${i}:path`, value: `/${location.path}` });
        if (location.layer)
            out.push({ name: `lading:location:${i}:layerDigest`, value: location.layer });
    });
    for (const [key, value] of Object.entries(pkg.metadata ?? {}).sort(([a], [b]) => compareText(a, b))) {
        // Already fields of the component above.
        if (key === 'description' || key === 'maintainer' || key === 'vendor' || key === 'url')
            continue;
        out.push({ name: `lading:metadata:${key}`, value: String(value) });
    }
    return out;
}
function stringMetadata(pkg, field) {
    const value = pkg.metadata?.[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
/**
 * CycloneDX allows either a list of single licences or exactly one expression,
 * never both. A single SPDX id becomes `license.id`; a licence lading could not
 * map becomes `license.name` with the text the package declared; a compound
 * expression of known ids becomes `expression` (all declared licences ANDed when
 * there are several). When known expressions and unknown names meet, each
 * compound expression is kept as a `license.name` so no declaration is lost.
 */
function licenseChoices(licenses) {
    const usable = uniqueBy(licenses.filter((l) => l.spdx.trim() !== '' || l.declared.trim() !== ''), (l) => (l.known ? l.spdx.trim() : `?${l.declared.trim()}`));
    if (usable.length === 0)
        return [];
    const isSingleId = (l) => l.known && SPDX_IDS.has(l.spdx.trim());
    const needsExpression = usable.some((l) => l.known && !isSingleId(l));
    if (needsExpression && usable.every((l) => l.known)) {
        const parts = usable.map((l) => l.spdx.trim());
        const expression = parts.length === 1
            ? parts[0]
            : parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
        return [{ expression, acknowledgement: 'declared' }];
    }
    return usable.map((l) => isSingleId(l)
        ? { license: { id: l.spdx.trim(), acknowledgement: 'declared' } }
        : {
            license: {
                name: l.known ? l.spdx.trim() : l.declared.trim() || l.spdx.trim(),
                acknowledgement: 'declared',
            },
        });
}
function uniqueBy(items, key) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/sbom/formats/spdx.ts



// SPDX 2.3 JSON, shaped like syft's output where the spec leaves a choice so
// that tools which read syft SBOMs read ours: the image is the described
// package (purpose CONTAINER, manifest digest as checksum and purl version),
// each inventory package is CONTAINED by it, licences are declared (lading
// reads declarations, it concludes nothing), and every LicenseRef used is
// defined in hasExtractedLicensingInfos, as the spec requires.
const NOASSERTION = 'NOASSERTION';
const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
/** SPDX 2.3 JSON text (two-space indented, trailing newline) describing `subject`. */
function writeSpdx(inventory, subject, options) {
    return `${JSON.stringify(buildSpdx(inventory, subject, options), null, 2)}\n`;
}
/** The document as an object, for callers that embed it (an in-toto statement's predicate). */
function buildSpdx(inventory, subject, options) {
    (0,formats_subject/* checkSubject */.jj)(subject);
    (0,formats_subject/* checkOptions */.Jr)(options);
    const created = timestamp(options.created, `SPDX document for ${subject.name}`);
    const root = rootPackage(subject);
    const packages = [root];
    const relationships = [
        { spdxElementId: DOCUMENT_ID, relationshipType: 'DESCRIBES', relatedSpdxElement: root.SPDXID },
    ];
    if (inventory.distro) {
        const os = distroPackage(inventory.distro);
        packages.push(os);
        relationships.push({
            spdxElementId: root.SPDXID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: os.SPDXID,
        });
    }
    const licenses = new LicenseRefs();
    const ids = new Set(packages.map((p) => p.SPDXID));
    for (const ordered of orderPackages(inventory.packages)) {
        const pkg = inventoryPackage(ordered, ids, licenses);
        packages.push(pkg);
        relationships.push({
            spdxElementId: root.SPDXID,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: pkg.SPDXID,
        });
    }
    const extracted = licenses.definitions();
    const name = documentName(subject);
    // The namespace names this content about this subject: a different image or
    // a different package set gives a different namespace, a rerun the same one.
    const contentHash = sha256Hex(canonicalJson({ packages, relationships, extracted }));
    const uuid = nameBasedUuid(`urn:lading:spdx:${contentHash}:${options.namespaceSeed ?? ''}`);
    return {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: DOCUMENT_ID,
        name,
        documentNamespace: `https://spdx.org/spdxdocs/lading/${idstring(name) || 'sbom'}-${uuid}`,
        creationInfo: { created, creators: [`Tool: lading-${options.toolVersion}`] },
        documentDescribes: [root.SPDXID],
        packages,
        ...(extracted.length > 0 ? { hasExtractedLicensingInfos: extracted } : {}),
        relationships,
    };
}
function documentName(subject) {
    if (subject.kind === 'directory')
        return subject.name;
    return subject.tag ? `${subject.name}:${subject.tag}` : subject.name;
}
function lastSegment(name) {
    const parts = name.split('/');
    return parts[parts.length - 1] ?? name;
}
function rootPackage(subject) {
    if (subject.kind === 'directory') {
        return {
            name: subject.name,
            SPDXID: `SPDXRef-DocumentRoot-Directory-${idstring(subject.name) || 'root'}`,
            supplier: NOASSERTION,
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: NOASSERTION,
            copyrightText: NOASSERTION,
            primaryPackagePurpose: 'SOURCE',
        };
    }
    const pkg = {
        name: subject.name,
        SPDXID: `SPDXRef-DocumentRoot-Image-${idstring(lastSegment(subject.name)) || 'image'}`,
        versionInfo: subject.digest,
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        checksums: [{ algorithm: (0,formats_subject/* digestAlgorithm */.g4)(subject.digest).spdx, checksumValue: (0,digest/* hexOf */.ZD)(subject.digest) }],
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        externalRefs: [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: (0,formats_subject/* imagePurl */.X6)(subject) },
        ],
        primaryPackagePurpose: 'CONTAINER',
    };
    if (subject.platform)
        pkg.comment = `platform ${(0,formats_subject/* platformText */.VQ)(subject.platform)}`;
    return pkg;
}
function distroPackage(distro) {
    const version = distro.versionId ?? distro.versionCodename;
    return {
        name: distro.id,
        SPDXID: `SPDXRef-OperatingSystem-${idstring([distro.id, version].filter(Boolean).join('-')) || 'os'}`,
        ...(version ? { versionInfo: version } : {}),
        supplier: NOASSERTION,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        description: distro.prettyName,
        primaryPackagePurpose: 'OPERATING-SYSTEM',
    };
}
function inventoryPackage({ pkg, key }, ids, licenses) {
    // Name and type keep the id readable; the content key keeps it unique and
    // independent of where the package sits in the inventory.
    let id = `SPDXRef-Package-${idstring(pkg.type)}-${idstring(pkg.name).slice(0, 64) || 'package'}-${key.slice(0, 16)}`;
    if (ids.has(id))
        id = `${id}${key.slice(16)}`;
    ids.add(id);
    const originator = originatorOf(pkg);
    const homepage = spdx_stringMetadata(pkg, 'url');
    const description = spdx_stringMetadata(pkg, 'description');
    return {
        name: pkg.name,
        SPDXID: id,
        versionInfo: pkg.version,
        supplier: supplierOf(pkg),
        ...(originator ? { originator } : {}),
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        ...(homepage && /^https?:\/\/\S+$/.test(homepage) ? { homepage } : {}),
        ...(pkg.locations.length > 0
            ? { sourceInfo: `acquired package info from ${pkg.locations.map(where).join(', ')}` }
            : {}),
        licenseConcluded: NOASSERTION,
        licenseDeclared: licenses.declare(pkg.licenses),
        copyrightText: NOASSERTION,
        ...(description ? { description } : {}),
        ...(pkg.purl
            ? {
                externalRefs: [
                    { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
                ],
            }
            : {}),
    };
}
function where(location) {
    return location.layer ? `/${location.path} (layer ${location.layer})` : `/${location.path}`;
}
function spdx_stringMetadata(pkg, field) {
    const value = pkg.metadata?.[field];
    return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}
/** The vendor that shipped the package (rpm `Vendor:`), as SPDX's `Organization:` agent. */
function supplierOf(pkg) {
    const vendor = spdx_stringMetadata(pkg, 'vendor');
    return vendor ? `Organization: ${vendor}` : NOASSERTION;
}
/** The maintainer (apk `m:`, dpkg `Maintainer:`) in SPDX's `Person: name (email)` form. */
function originatorOf(pkg) {
    const maintainer = spdx_stringMetadata(pkg, 'maintainer');
    if (!maintainer)
        return undefined;
    const m = /^(.*?)\s*<([^<>]+)>$/.exec(maintainer);
    return m ? `Person: ${m[1] || m[2]} (${m[2]})` : `Person: ${maintainer}`;
}
/**
 * Licences of one package as one declared expression (several declared
 * licences all apply: AND), and the LicenseRefs the document must define.
 */
class LicenseRefs {
    texts = new Map();
    declare(licenses) {
        const usable = licenses.filter((l) => l.spdx.trim() !== '');
        if (usable.length === 0)
            return NOASSERTION;
        const expressions = [...new Set(usable.map((l) => l.spdx.trim()))];
        for (const l of usable) {
            for (const ref of l.spdx.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) {
                const set = this.texts.get(ref) ?? new Set();
                set.add(l.declared.trim() || ref);
                this.texts.set(ref, set);
            }
        }
        if (expressions.length === 1)
            return expressions[0];
        return expressions.map((e) => (/\s/.test(e) ? `(${e})` : e)).join(' AND ');
    }
    definitions() {
        return [...this.texts.entries()]
            .sort(([a], [b]) => compareText(a, b))
            .map(([licenseId, texts]) => ({
            licenseId,
            extractedText: [...texts].sort(compareText).join('\n'),
            name: licenseId.slice('LicenseRef-'.length),
        }));
    }
}

;// CONCATENATED MODULE: ./src/sbom/formats/index.ts



// The SBOM formats lading writes, by the names syft's `-o` uses, so
// `-o spdx-json=a.json -o cyclonedx-json=b.json` reads the same in both tools.
const SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'];
/** Media types for artifacts and attestations that carry the SBOM. */
const SBOM_MEDIA_TYPES = {
    'spdx-json': 'application/spdx+json',
    'cyclonedx-json': 'application/vnd.cyclonedx+json',
};
/** The file name suffix each format is conventionally saved with. */
const SBOM_FILE_SUFFIXES = {
    'spdx-json': '.spdx.json',
    'cyclonedx-json': '.cdx.json',
};
function isSbomFormat(text) {
    return SBOM_FORMATS.includes(text);
}
/** `where` names the flag or input the text came from (`-o`, `formats` input). */
function parseSbomFormat(text, where = 'SBOM format') {
    const name = text.trim();
    if (!isSbomFormat(name)) {
        throw new errors/* InputError */.dz(`${where}: unknown SBOM format "${text}" (known: ${SBOM_FORMATS.join(', ')})`);
    }
    return name;
}
/** `spdx-json`, `cyclonedx-json=out/app.cdx.json`: one `-o` value. */
function parseSbomOutput(spec, where = '-o') {
    const eq = spec.indexOf('=');
    const format = parseSbomFormat(eq === -1 ? spec : spec.slice(0, eq), where);
    if (eq === -1)
        return { format };
    const file = spec.slice(eq + 1);
    if (file.trim() === '')
        throw new errors/* InputError */.dz(`${where}: "${spec}" names no file after "="`);
    return { format, file };
}
/** Writes `inventory` about `subject` in `format`; the text ends with a newline. */
function writeSbom(format, inventory, subject, options) {
    switch (format) {
        case 'spdx-json':
            return writeSpdx(inventory, subject, options);
        case 'cyclonedx-json':
            return writeCyclonedx(inventory, subject, options);
    }
}


/***/ }),

/***/ 29029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jr: () => (/* binding */ checkOptions),
/* harmony export */   VQ: () => (/* binding */ platformText),
/* harmony export */   X6: () => (/* binding */ imagePurl),
/* harmony export */   g4: () => (/* binding */ digestAlgorithm),
/* harmony export */   jj: () => (/* binding */ checkSubject)
/* harmony export */ });
/* unused harmony export subjectDisplayName */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(23919);
/* harmony import */ var _oci_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(74102);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1041);



/** Throws on a subject no format could describe, naming the field. */
function checkSubject(subject) {
    if (subject.name.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject: ${subject.kind} name is empty`);
    if (subject.kind === 'image' && !(0,_oci_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(subject.digest)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM subject ${subject.name}: digest "${subject.digest}" is not a sha256 or sha512 digest`);
    }
}
/** `ghcr.io/acme/app:1.2@sha256:…`, `dir:services/api`. */
function subjectDisplayName(subject) {
    if (subject.kind === 'directory')
        return `dir:${subject.name}`;
    return `${subject.name}${subject.tag ? `:${subject.tag}` : ''}@${subject.digest}`;
}
/** `linux/arm64/v8`. */
function platformText(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/**
 * The image's purl per the purl spec's `oci` type: the name is the last path
 * segment, lower case; the version is the digest; the repository goes in
 * `repository_url` (`pkg:oci/app@sha256%3A…?arch=amd64&repository_url=ghcr.io/acme/app&tag=1.2`).
 */
function imagePurl(subject) {
    const segments = subject.name.split('/');
    const last = (segments[segments.length - 1] ?? subject.name).toLowerCase();
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .buildPurl */ .Eq)('oci', undefined, last, subject.digest, {
        arch: subject.platform?.architecture,
        repository_url: segments.length > 1 ? subject.name.toLowerCase() : undefined,
        tag: subject.tag,
    });
}
function digestAlgorithm(digest) {
    return digest.startsWith('sha512:')
        ? { spdx: 'SHA512', cyclonedx: 'SHA-512' }
        : { spdx: 'SHA256', cyclonedx: 'SHA-256' };
}
function checkOptions(options) {
    if (options.toolVersion.trim() === '' || /\s/.test(options.toolVersion)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`SBOM options: tool version "${options.toolVersion}" is empty or contains whitespace`);
    }
}


/***/ }),

/***/ 1041:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parsePurl),
/* harmony export */   B8: () => (/* binding */ debPurl),
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   P8: () => (/* binding */ rpmPurl),
/* harmony export */   c1: () => (/* binding */ apkPurl)
/* harmony export */ });
/* unused harmony export distroQualifier */
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(49939);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(23919);


// Package URLs as the purl spec defines them (packageurl-js does the encoding and
// the canonical, sorted qualifier order) with the qualifiers syft writes for OS
// packages, so scanners that read syft SBOMs read ours: `distro=<id>-<version>`,
// `upstream=<source package>`, rpm `epoch=`.
/** `alpine-3.20.3`, `debian-12`; codename or bare id when the release has no VERSION_ID. */
function distroQualifier(distro) {
    if (!distro)
        return undefined;
    const version = distro.versionId ?? distro.versionCodename;
    return version ? `${distro.id}-${version}` : distro.id;
}
function buildPurl(type, namespace, name, version, qualifiers = {}) {
    const q = {};
    for (const [k, v] of Object.entries(qualifiers))
        if (v !== undefined && v !== '')
            q[k] = v;
    try {
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace || undefined, name, version || undefined, Object.keys(q).length > 0 ? q : undefined, undefined).toString();
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl for ${type} package "${name}"@"${version ?? ''}": ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** `pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3` (namespace = distro id: alpine, wolfi…). */
function apkPurl(p) {
    return buildPurl('apk', p.distro?.id ?? 'alpine', p.name, p.version, {
        arch: p.arch,
        upstream: p.origin && p.origin !== p.name ? p.origin : undefined,
        distro: distroQualifier(p.distro),
    });
}
/** `pkg:deb/debian/libc6@2.36-9+deb12u14?arch=amd64&distro=debian-12` (namespace = distro id: debian, ubuntu…). */
function debPurl(p) {
    const upstream = p.source ? (p.sourceVersion ? `${p.source}@${p.sourceVersion}` : p.source) : undefined;
    return buildPurl('deb', p.distro?.id ?? 'debian', p.name, p.version, {
        arch: p.arch,
        upstream,
        distro: distroQualifier(p.distro),
    });
}
// syft names Red Hat's namespace after the vendor, not the os-release ID.
const RPM_NAMESPACE = { rhel: 'redhat' };
/**
 * `pkg:rpm/almalinux/bash@5.1.8-9.el9?arch=x86_64&distro=almalinux-9.4&epoch=1`.
 * The purl version is version-release; the epoch is a qualifier (purl spec, rpm type).
 */
function rpmPurl(p) {
    const namespace = p.distro ? (RPM_NAMESPACE[p.distro.id] ?? p.distro.id) : undefined;
    return buildPurl('rpm', namespace, p.name, p.release ? `${p.version}-${p.release}` : p.version, {
        arch: p.arch,
        epoch: p.epoch === undefined ? undefined : String(p.epoch),
        upstream: p.sourceRpm,
        distro: distroQualifier(p.distro),
    });
}
/** Parsed purl, for comparing purls whatever their qualifier order. */
function parsePurl(purl) {
    try {
        return packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`purl "${purl}": ${err instanceof Error ? err.message : String(err)}`);
    }
}


/***/ }),

/***/ 15375:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ SIGNATURE_FORMATS)
/* harmony export */ });
const SIGNATURE_FORMATS = ['bundle', 'legacy', 'both'];


/***/ }),

/***/ 76222:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ buildStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __nccwpck_require__(74102);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __nccwpck_require__(90160);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(38522);
// EXTERNAL MODULE: ../../work/main/node_modules/tar-stream/index.js
var tar_stream = __nccwpck_require__(75062);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(23919);
;// CONCATENATED MODULE: ./src/build/packer.ts










/**
 * Packs a directory into a reproducible layer: entries sorted by path, owner
 * root, fixed mtime, permissions kept, no user or host names, gzip without a
 * file name or time. The same tree gives the same digest on any machine.
 */
async function packDirectory(dir, options) {
    const root = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (!root?.isDirectory())
        throw new errors/* InputError */.dz(`build: ${dir} is not a directory`);
    const prefix = options.destination.replace(/^\/+|\/+$/g, '');
    const entries = await walk(dir);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'lading-layer-'));
    const file = (0,external_node_path_.join)(work, 'layer.tar.gz');
    const tar = (0,tar_stream.pack)();
    const mtime = new Date(options.mtime * 1000);
    const diff = new HashTap();
    const compressed = new HashTap();
    const written = (0,external_node_stream_promises_.pipeline)(tar, diff, (0,external_node_zlib_.createGzip)({ level: 6, chunkSize: 1 << 20, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY }), compressed, (0,external_node_fs_.createWriteStream)(file));
    const base = { uid: 0, gid: 0, uname: '', gname: '', mtime };
    for (const dirName of parentsOf(prefix)) {
        await add(tar, { ...base, name: `${dirName}/`, type: 'directory', mode: 0o755 });
    }
    for (const e of entries) {
        const name = [prefix, e.rel].filter(Boolean).join('/');
        const mode = e.mode & 0o7777;
        if (e.kind === 'dir')
            await add(tar, { ...base, name: `${name}/`, type: 'directory', mode });
        else if (e.kind === 'symlink')
            await add(tar, { ...base, name, type: 'symlink', linkname: e.target, mode });
        else {
            await new Promise((resolve, reject) => {
                const sink = tar.entry({ ...base, name, type: 'file', mode, size: e.size }, (err) => err ? reject(err) : resolve());
                (0,external_node_fs_.createReadStream)(e.abs).on('error', reject).pipe(sink);
            });
        }
    }
    tar.finalize();
    await written;
    return {
        file,
        digest: compressed.digest(),
        diffId: diff.digest(),
        size: compressed.bytes,
        dispose: () => (0,promises_.rm)(work, { recursive: true, force: true }),
    };
}
async function walk(root) {
    const out = [];
    const visit = async (dir) => {
        for (const name of (await (0,promises_.readdir)(dir)).sort()) {
            const abs = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_.lstat)(abs);
            const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
            if (st.isDirectory()) {
                out.push({ rel, abs, kind: 'dir', mode: st.mode, size: 0 });
                await visit(abs);
            }
            else if (st.isSymbolicLink()) {
                out.push({ rel, abs, kind: 'symlink', mode: st.mode, size: 0, target: await (0,promises_.readlink)(abs) });
            }
            else if (st.isFile()) {
                out.push({ rel, abs, kind: 'file', mode: st.mode, size: st.size });
            }
            else {
                throw new errors/* InputError */.dz(`build: ${abs} is neither a file, a directory nor a symlink`);
            }
        }
    };
    await visit(root);
    return out;
}
function parentsOf(prefix) {
    const parts = prefix ? prefix.split('/') : [];
    return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
function add(tar, header) {
    return new Promise((resolve, reject) => tar.entry(header, (err) => (err ? reject(err) : resolve())));
}
/** Counts and hashes what passes through. */
class HashTap extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
    digest() {
        return `sha256:${this.hash.digest('hex')}`;
    }
}

;// CONCATENATED MODULE: ./src/build/assembler.ts




/**
 * Assembles an image from scratch out of directories and pushes it to a store,
 * blobs first and the tagged manifest last. The result is reproducible: the
 * same directories and options give the same digest.
 */
async function buildImage(target, options) {
    const packed = [];
    try {
        for (const layer of options.layers) {
            packed.push(await packDirectory(layer.source, { destination: layer.destination, mtime: options.created }));
        }
        const layers = packed.map((p) => ({
            mediaType: mediatype/* MediaType */.zu.ociLayerGzip,
            digest: p.digest,
            size: p.size,
        }));
        for (const [i, p] of packed.entries()) {
            const d = layers[i];
            if (!(await target.hasBlob(d)))
                await target.pushBlob(d, (0,external_node_fs_.createReadStream)(p.file, { highWaterMark: 1 << 20 }));
        }
        const createdIso = new Date(options.created * 1000).toISOString();
        const config = {
            created: createdIso,
            architecture: options.platform.architecture,
            os: options.platform.os,
            ...(options.platform.variant ? { variant: options.platform.variant } : {}),
            config: {
                ...(options.env?.length ? { Env: options.env } : {}),
                ...(options.entrypoint ? { Entrypoint: options.entrypoint } : {}),
                ...(options.cmd ? { Cmd: options.cmd } : {}),
                ...(options.workingDir ? { WorkingDir: options.workingDir } : {}),
                ...(options.labels && Object.keys(options.labels).length ? { Labels: options.labels } : {}),
            },
            rootfs: { type: 'layers', diff_ids: packed.map((p) => p.diffId) },
            history: options.layers.map((l) => ({
                created: createdIso,
                created_by: `lading build: ${l.source} -> ${l.destination}`,
            })),
        };
        const configBytes = Buffer.from(JSON.stringify(config));
        const configDescriptor = {
            mediaType: mediatype/* MediaType */.zu.ociConfig,
            digest: (0,digest/* digestOf */.ol)(configBytes),
            size: configBytes.length,
        };
        if (!(await target.hasBlob(configDescriptor)))
            await target.pushBlob(configDescriptor, configBytes);
        const manifest = {
            schemaVersion: 2,
            mediaType: mediatype/* MediaType */.zu.ociManifest,
            config: configDescriptor,
            layers,
            ...(options.labels && Object.keys(options.labels).length ? { annotations: options.labels } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        const descriptor = await target.pushManifest(bytes, mediatype/* MediaType */.zu.ociManifest, options.tag);
        return { manifest: { ...descriptor, platform: options.platform }, config: configDescriptor, layers };
    }
    finally {
        await Promise.all(packed.map((p) => p.dispose()));
    }
}

// EXTERNAL MODULE: ./src/oci/opener.ts + 13 modules
var oci_opener = __nccwpck_require__(86353);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(85105);
;// CONCATENATED MODULE: ./src/steps/build.ts




/** `lading build`: directories → a reproducible image from scratch, pushed to a registry or written to a layout. */
async function buildStep(options, reporter) {
    if (!options.dirs.length)
        throw new errors/* InputError */.dz('build: give at least one --dir SRC[:DEST]');
    const layers = options.dirs.map((spec) => {
        const i = spec.lastIndexOf(':');
        const source = i > 0 ? spec.slice(0, i) : spec;
        const destination = i > 0 ? spec.slice(i + 1) : '/';
        if (!destination.startsWith('/'))
            throw new errors/* InputError */.dz(`build: --dir ${spec}: the destination must be absolute`);
        return { source, destination };
    });
    const platform = (0,oci_platform/* parsePlatform */.Y8)(options.platform);
    const target = await (0,oci_opener/* openLocation */.s)(options.output, 'write', options.access);
    try {
        const tag = target.reference || (target.needsTag ? 'latest' : '');
        if (tag.includes(':') && tag.startsWith('sha')) {
            throw new errors/* InputError */.dz(`build: ${options.output}: name a tag for the output, not a digest`);
        }
        reporter.info(`building ${layers.map((l) => `${l.source} -> ${l.destination}`).join(', ')} into ${target.display}`);
        const built = await buildImage(target.store, {
            layers,
            platform,
            created: options.created,
            ...(options.entrypoint ? { entrypoint: options.entrypoint } : {}),
            ...(options.cmd ? { cmd: options.cmd } : {}),
            ...(options.env ? { env: options.env } : {}),
            ...(options.workingDir ? { workingDir: options.workingDir } : {}),
            ...(options.labels ? { labels: options.labels } : {}),
            ...(tag ? { tag } : {}),
        });
        await target.commit();
        return {
            output: `${target.display}${tag ? `:${tag}` : ''}@${built.manifest.digest}`,
            manifest: built.manifest,
            layers: built.layers,
        };
    }
    finally {
        await target.close();
    }
}


/***/ }),

/***/ 88374:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K: () => (/* binding */ copyStep)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(23919);
// EXTERNAL MODULE: ./src/oci/mediatype.ts
var mediatype = __nccwpck_require__(90160);
// EXTERNAL MODULE: ./src/oci/types.ts
var types = __nccwpck_require__(67965);
;// CONCATENATED MODULE: ./src/oci/copier.ts



/**
 * Copies the graph under `root` from `source` to `target`, children before
 * parents: layers and configs, then platform manifests, then the index, and
 * the tag last. A failure at any point leaves no tag pointing at a manifest
 * whose content is missing, because nothing names the root until everything
 * under it is in place.
 */
async function copyImage(source, target, root, options = {}) {
    const copier = new Copier(source, target, options);
    const fetched = await source.fetchManifest(root);
    await copier.copyManifest(fetched, options.tag);
    if (options.referrers)
        await copier.copyReferrers(fetched.descriptor.digest);
    return {
        root: fetched.descriptor,
        manifests: copier.manifests,
        blobs: copier.blobs,
        referrers: copier.referrerList,
    };
}
class Copier {
    source;
    target;
    options;
    manifests = 0;
    blobs = { copied: 0, exists: 0, mounted: 0, skippedForeign: 0, bytes: 0 };
    referrerList = [];
    done = new Set();
    concurrency;
    constructor(source, target, options) {
        this.source = source;
        this.target = target;
        this.options = options;
        this.concurrency = Math.max(1, options.concurrency ?? 3);
    }
    async copyManifest(fetched, tag) {
        const { manifest, descriptor } = fetched;
        if (!this.done.has(descriptor.digest)) {
            if ((0,types/* isIndex */.n)(manifest)) {
                // Children are copied one after another; their blobs are parallel inside each.
                for (const child of manifest.manifests) {
                    if (this.done.has(child.digest))
                        continue;
                    if (!(0,mediatype/* isIndexType */.$U)(child.mediaType) && (await this.target.hasManifest(child))) {
                        this.done.add(child.digest);
                        continue;
                    }
                    await this.copyManifest(await this.source.fetchManifest(child));
                }
            }
            else {
                await this.copyBlobs([manifest.config, ...manifest.layers]);
            }
        }
        // Pushed even when present, when a tag must be (re)pointed at it.
        if (!this.done.has(descriptor.digest) || tag) {
            await this.target.pushManifest(fetched.bytes, descriptor.mediaType, tag);
            this.manifests++;
            this.done.add(descriptor.digest);
        }
    }
    async copyReferrers(subject) {
        const found = await this.source.referrers(subject);
        for (const d of found) {
            if (this.referrerList.some((r) => r.digest === d.digest))
                continue;
            await this.copyManifest(await this.source.fetchManifest(d));
            this.referrerList.push(d);
            // Referrers can themselves have referrers (a signature on an SBOM attestation).
            await this.copyReferrers(d.digest);
        }
    }
    async copyBlobs(descriptors) {
        const queue = descriptors.filter((d, i) => descriptors.findIndex((e) => e.digest === d.digest) === i);
        const workers = Array.from({ length: Math.min(this.concurrency, queue.length) }, async () => {
            for (let next = queue.shift(); next; next = queue.shift())
                await this.copyBlob(next);
        });
        await Promise.all(workers);
    }
    async transfer(d) {
        for (let attempt = 1;; attempt++) {
            try {
                await this.target.pushBlob(d, await this.source.fetchBlob(d));
                return;
            }
            catch (err) {
                if (attempt >= TRANSFER_ATTEMPTS || !copier_transient(err))
                    throw err;
                this.options.onRetry?.(d, attempt, err);
            }
        }
    }
    async copyBlob(d) {
        if (this.done.has(d.digest))
            return;
        this.done.add(d.digest);
        if (d.urls?.length && !(await this.source.hasBlob(d))) {
            // Non-distributable layers live at their URLs, not in the source; registries fetch them there.
            this.blobs.skippedForeign++;
            this.options.onBlob?.({ descriptor: d, outcome: 'skipped-foreign' });
            return;
        }
        if (await this.target.hasBlob(d)) {
            this.blobs.exists++;
            this.options.onBlob?.({ descriptor: d, outcome: 'exists' });
            return;
        }
        const from = sameRegistryRepository(this.source, this.target);
        if (from && this.target.mountBlob && (await this.target.mountBlob(d, from))) {
            this.blobs.mounted++;
            this.options.onBlob?.({ descriptor: d, outcome: 'mounted' });
            return;
        }
        await this.transfer(d);
        this.blobs.copied++;
        this.blobs.bytes += d.size;
        this.options.onBlob?.({ descriptor: d, outcome: 'copied' });
    }
}
/** Attempts per blob transfer. Streams cannot be rewound, so a retry re-reads the source. */
const TRANSFER_ATTEMPTS = 3;
/**
 * Worth another attempt: a connection that dropped mid-stream, a truncated
 * read, a registry error that may pass. Not: refused credentials, missing
 * content, or a request the registry rejected as wrong.
 */
function copier_transient(err) {
    if (!(err instanceof errors/* OperationError */.OK) || err instanceof errors/* AuthError */.lR || err instanceof errors/* NotFoundError */.m_)
        return false;
    if (err instanceof errors/* RegistryError */.gl)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    return true;
}
/** The source repository name when both stores are repositories of one registry, for a cross-repository mount. */
function sameRegistryRepository(source, target) {
    const s = source;
    const t = target;
    if (s.registry &&
        t.registry &&
        s.registry === t.registry &&
        s.repository &&
        s.repository !== t.repository) {
        return s.repository;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var digest = __nccwpck_require__(74102);
// EXTERNAL MODULE: ./src/oci/opener.ts + 13 modules
var oci_opener = __nccwpck_require__(86353);
;// CONCATENATED MODULE: ./src/steps/copy.ts




/**
 * `lading copy`: the whole graph of one image (every platform of an index) and,
 * by default, its referrers, from any source to any destination. The
 * destination's tag is written last, so an interrupted copy never leaves a tag
 * on an incomplete image.
 */
async function copyStep(options, reporter) {
    const source = await (0,oci_opener/* openLocation */.s)(options.source, 'read', options.access);
    try {
        const root = await source.store.resolve(source.reference);
        const destination = await (0,oci_opener/* openLocation */.s)(options.destination, 'write', options.access);
        try {
            let tag = destination.reference;
            if ((0,digest/* isDigest */.Bc)(tag)) {
                if (tag !== root.digest) {
                    throw new errors/* InputError */.dz(`copy: destination digest ${tag} is not the source's digest ${root.digest}`);
                }
                tag = '';
            }
            if (!tag && destination.needsTag)
                tag = (0,digest/* isDigest */.Bc)(source.reference) ? 'latest' : source.reference;
            reporter.info(`copying ${source.display} (${root.digest}) to ${destination.display}${tag ? `:${tag}` : ''}`);
            const onBlob = (e) => reporter.debug(`${e.outcome} ${e.descriptor.digest} (${e.descriptor.size} bytes)`);
            const result = await copyImage(source.store, destination.store, root, {
                ...(tag ? { tag } : {}),
                referrers: options.referrers,
                onBlob,
                onRetry: (d, attempt, err) => reporter.warn(`retrying ${d.digest} after attempt ${attempt}: ${err instanceof Error ? err.message : err}`),
            });
            await destination.commit();
            return {
                source: source.display,
                destination: `${destination.display}${tag ? `:${tag}` : ''}@${result.root.digest}`,
                root: result.root,
                manifests: result.manifests,
                blobs: result.blobs,
                referrers: result.referrers,
            };
        }
        finally {
            await destination.close();
        }
    }
    finally {
        await source.close();
    }
}


/***/ }),

/***/ 57178:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ inspectStep)
/* harmony export */ });
/* harmony import */ var _oci_opener_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(86353);
/* harmony import */ var _oci_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(85105);
/* harmony import */ var _oci_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67965);



/** `lading inspect`: manifest, config, platforms and referrers, read with every digest verified. */
async function inspectStep(options) {
    const source = await (0,_oci_opener_js__WEBPACK_IMPORTED_MODULE_0__/* .openLocation */ .s)(options.source, 'read', options.access);
    try {
        const store = source.store;
        const descriptor = await store.resolve(source.reference);
        const fetched = await store.fetchManifest(descriptor);
        const referrers = await store.referrers(fetched.descriptor.digest);
        const result = {
            source: source.display,
            descriptor: fetched.descriptor,
            manifest: fetched.manifest,
            platforms: [],
            referrers,
        };
        if ((0,_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndex */ .n)(fetched.manifest)) {
            result.platforms = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .platformEntries */ .eV)(fetched.manifest).map((d) => ({
                platform: (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPlatform */ .Bq)(d.platform),
                digest: d.digest,
                mediaType: d.mediaType,
            }));
            if (options.platform) {
                const chosen = (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .selectPlatform */ .md)(fetched.manifest, (0,_oci_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePlatform */ .Y8)(options.platform), source.display);
                const child = await store.fetchManifest(chosen);
                if (!(0,_oci_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndex */ .n)(child.manifest)) {
                    result.image = await detail(store, child.descriptor, child.manifest, chosen.platform);
                }
            }
        }
        else {
            result.image = await detail(store, fetched.descriptor, fetched.manifest, undefined, referrers);
        }
        return result;
    }
    finally {
        await source.close();
    }
}
async function detail(store, descriptor, manifest, platform, referrers) {
    const config = await readConfig(store, manifest.config);
    const size = manifest.config.size + manifest.layers.reduce((n, l) => n + l.size, 0);
    const fromConfig = typeof config.os === 'string' && typeof config.architecture === 'string' && config.os
        ? {
            os: config.os,
            architecture: config.architecture,
            ...(typeof config.variant === 'string' ? { variant: config.variant } : {}),
        }
        : undefined;
    const labels = config.config?.Labels ?? {};
    return {
        descriptor,
        ...((platform ?? fromConfig) ? { platform: platform ?? fromConfig } : {}),
        ...(typeof config.created === 'string' ? { created: config.created } : {}),
        config: manifest.config,
        layers: manifest.layers,
        size,
        labels,
        referrers: referrers ?? (await store.referrers(descriptor.digest)),
    };
}
/** Image configs are JSON; artifacts use other config types (the empty `{}`, or none we can read). */
async function readConfig(store, d) {
    if (!d.mediaType.endsWith('json') || d.size > 8 * 1024 * 1024)
        return {};
    const chunks = [];
    for await (const c of await store.fetchBlob(d))
        chunks.push(c);
    try {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 16543:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/error.js
/**
 * CommanderError class
 */
class CommanderError extends Error {
  /**
   * Constructs the CommanderError class
   * @param {number} exitCode suggested exit code which could be used with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   */
  constructor(exitCode, code, message) {
    super(message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
    this.code = code;
    this.exitCode = exitCode;
    this.nestedError = undefined;
  }
}

/**
 * InvalidArgumentError class
 */
class InvalidArgumentError extends CommanderError {
  /**
   * Constructs the InvalidArgumentError class
   * @param {string} [message] explanation of why argument is invalid
   */
  constructor(message) {
    super(1, 'commander.invalidArgument', message);
    // properly capture stack trace in Node.js
    Error.captureStackTrace(this, this.constructor);
    this.name = this.constructor.name;
  }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/argument.js


class argument_Argument {
  /**
   * Initialize a new command argument with the given name and description.
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @param {string} name
   * @param {string} [description]
   */

  constructor(name, description) {
    this.description = description || '';
    this.variadic = false;
    this.parseArg = undefined;
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.argChoices = undefined;

    switch (name[0]) {
      case '<': // e.g. <required>
        this.required = true;
        this._name = name.slice(1, -1);
        break;
      case '[': // e.g. [optional]
        this.required = false;
        this._name = name.slice(1, -1);
        break;
      default:
        this.required = true;
        this._name = name;
        break;
    }

    if (this._name.endsWith('...')) {
      this.variadic = true;
      this._name = this._name.slice(0, -3);
    }
  }

  /**
   * Return argument name.
   *
   * @return {string}
   */

  name() {
    return this._name;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Argument}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Set the custom handler for processing CLI command arguments into argument values.
   *
   * @param {Function} [fn]
   * @return {Argument}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Only allow argument value to be one of choices.
   *
   * @param {string[]} values
   * @return {Argument}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Make argument required.
   *
   * @returns {Argument}
   */
  argRequired() {
    this.required = true;
    return this;
  }

  /**
   * Make argument optional.
   *
   * @returns {Argument}
   */
  argOptional() {
    this.required = false;
    return this;
  }
}

/**
 * Takes an argument and returns its human readable equivalent for help usage.
 *
 * @param {Argument} arg
 * @return {string}
 * @private
 */

function humanReadableArgName(arg) {
  const nameOutput = arg.name() + (arg.variadic === true ? '...' : '');

  return arg.required ? '<' + nameOutput + '>' : '[' + nameOutput + ']';
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: external "node:process"
const external_node_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/help.js



/**
 * TypeScript import types for JSDoc, used by Visual Studio Code IntelliSense and `npm run typescript-checkJS`
 * https://www.typescriptlang.org/docs/handbook/jsdoc-supported-types.html#import-types
 * @typedef { import("./argument.js").Argument } Argument
 * @typedef { import("./command.js").Command } Command
 * @typedef { import("./option.js").Option } Option
 */

// Although this is a class, methods are static in style to allow override using subclass or just functions.
class Help {
  constructor() {
    this.helpWidth = undefined;
    this.minWidthToWrap = 40;
    this.sortSubcommands = false;
    this.sortOptions = false;
    this.showGlobalOptions = false;
  }

  /**
   * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
   * and just before calling `formatHelp()`.
   *
   * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
   *
   * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
   */
  prepareContext(contextOptions) {
    this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
  }

  /**
   * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
   *
   * @param {Command} cmd
   * @returns {Command[]}
   */

  visibleCommands(cmd) {
    const visibleCommands = cmd.commands.filter((cmd) => !cmd._hidden);
    const helpCommand = cmd._getHelpCommand();
    if (helpCommand && !helpCommand._hidden) {
      visibleCommands.push(helpCommand);
    }
    if (this.sortSubcommands) {
      visibleCommands.sort((a, b) => {
        // @ts-ignore: because overloaded return type
        return a.name().localeCompare(b.name());
      });
    }
    return visibleCommands;
  }

  /**
   * Compare options for sort.
   *
   * @param {Option} a
   * @param {Option} b
   * @returns {number}
   */
  compareOptions(a, b) {
    const getSortKey = (option) => {
      // WYSIWYG for order displayed in help. Short used for comparison if present. No special handling for negated.
      return option.short
        ? option.short.replace(/^-/, '')
        : option.long.replace(/^--/, '');
    };
    return getSortKey(a).localeCompare(getSortKey(b));
  }

  /**
   * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleOptions(cmd) {
    const visibleOptions = cmd.options.filter((option) => !option.hidden);
    // Built-in help option.
    const helpOption = cmd._getHelpOption();
    if (helpOption && !helpOption.hidden) {
      // Automatically hide conflicting flags. Bit dubious but a historical behaviour that is convenient for single-command programs.
      const removeShort = helpOption.short && cmd._findOption(helpOption.short);
      const removeLong = helpOption.long && cmd._findOption(helpOption.long);
      if (!removeShort && !removeLong) {
        visibleOptions.push(helpOption); // no changes needed
      } else if (helpOption.long && !removeLong) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.long, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      } else if (helpOption.short && !removeShort) {
        visibleOptions.push(
          cmd
            .createOption(helpOption.short, helpOption.description)
            .helpGroup(helpOption.helpGroupHeading),
        );
      }
    }
    if (this.sortOptions) {
      visibleOptions.sort(this.compareOptions);
    }
    return visibleOptions;
  }

  /**
   * Get an array of the visible global options. (Not including help.)
   *
   * @param {Command} cmd
   * @returns {Option[]}
   */

  visibleGlobalOptions(cmd) {
    if (!this.showGlobalOptions) return [];

    const globalOptions = [];
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      const visibleOptions = ancestorCmd.options.filter(
        (option) => !option.hidden,
      );
      globalOptions.push(...visibleOptions);
    }
    if (this.sortOptions) {
      globalOptions.sort(this.compareOptions);
    }
    return globalOptions;
  }

  /**
   * Get an array of the arguments if any have a description.
   *
   * @param {Command} cmd
   * @returns {Argument[]}
   */

  visibleArguments(cmd) {
    // Side effect! Apply the legacy descriptions before the arguments are displayed.
    if (cmd._argsDescription) {
      cmd.registeredArguments.forEach((argument) => {
        argument.description =
          argument.description || cmd._argsDescription[argument.name()] || '';
      });
    }

    // If there are any arguments with a description then return all the arguments.
    if (cmd.registeredArguments.find((argument) => argument.description)) {
      return cmd.registeredArguments;
    }
    return [];
  }

  /**
   * Get the command term to show in the list of subcommands.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandTerm(cmd) {
    // Legacy. Ignores custom usage string, and nested commands.
    const args = cmd.registeredArguments
      .map((arg) => humanReadableArgName(arg))
      .join(' ');
    return (
      cmd._name +
      (cmd._aliases[0] ? '|' + cmd._aliases[0] : '') +
      (cmd.options.length ? ' [options]' : '') + // simplistic check for non-help option
      (args ? ' ' + args : '')
    );
  }

  /**
   * Get the option term to show in the list of options.
   *
   * @param {Option} option
   * @returns {string}
   */

  optionTerm(option) {
    return option.flags;
  }

  /**
   * Get the argument term to show in the list of arguments.
   *
   * @param {Argument} argument
   * @returns {string}
   */

  argumentTerm(argument) {
    return argument.name();
  }

  /**
   * Get the longest command term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestSubcommandTermLength(cmd, helper) {
    return helper.visibleCommands(cmd).reduce((max, command) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleSubcommandTerm(helper.subcommandTerm(command)),
        ),
      );
    }, 0);
  }

  /**
   * Get the longest option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestOptionTermLength(cmd, helper) {
    return helper.visibleOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest global option term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestGlobalOptionTermLength(cmd, helper) {
    return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
      return Math.max(
        max,
        this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option))),
      );
    }, 0);
  }

  /**
   * Get the longest argument term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  longestArgumentTermLength(cmd, helper) {
    return helper.visibleArguments(cmd).reduce((max, argument) => {
      return Math.max(
        max,
        this.displayWidth(
          helper.styleArgumentTerm(helper.argumentTerm(argument)),
        ),
      );
    }, 0);
  }

  /**
   * Get the command usage to be displayed at the top of the built-in help.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandUsage(cmd) {
    // Usage
    let cmdName = cmd._name;
    if (cmd._aliases[0]) {
      cmdName = cmdName + '|' + cmd._aliases[0];
    }
    let ancestorCmdNames = '';
    for (
      let ancestorCmd = cmd.parent;
      ancestorCmd;
      ancestorCmd = ancestorCmd.parent
    ) {
      ancestorCmdNames = ancestorCmd.name() + ' ' + ancestorCmdNames;
    }
    return ancestorCmdNames + cmdName + ' ' + cmd.usage();
  }

  /**
   * Get the description for the command.
   *
   * @param {Command} cmd
   * @returns {string}
   */

  commandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.description();
  }

  /**
   * Get the subcommand summary to show in the list of subcommands.
   * (Fallback to description for backwards compatibility.)
   *
   * @param {Command} cmd
   * @returns {string}
   */

  subcommandDescription(cmd) {
    // @ts-ignore: because overloaded return type
    return cmd.summary() || cmd.description();
  }

  /**
   * Get the option description to show in the list of options.
   *
   * @param {Option} option
   * @return {string}
   */

  optionDescription(option) {
    const extraInfo = [];

    if (option.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (option.defaultValue !== undefined) {
      // default for boolean and negated more for programmer than end user,
      // but show true/false for boolean option as may be for hand-rolled env or config processing.
      const showDefault =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (showDefault) {
        extraInfo.push(
          `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`,
        );
      }
    }
    // preset for boolean and negated are more for programmer than end user
    if (option.presetArg !== undefined && option.optional) {
      extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
    }
    if (option.envVar !== undefined) {
      extraInfo.push(`env: ${option.envVar}`);
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (option.description) {
        return `${option.description} ${extraDescription}`;
      }
      return extraDescription;
    }

    return option.description;
  }

  /**
   * Get the argument description to show in the list of arguments.
   *
   * @param {Argument} argument
   * @return {string}
   */

  argumentDescription(argument) {
    const extraInfo = [];
    if (argument.argChoices) {
      extraInfo.push(
        // use stringify to match the display of the default value
        `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`,
      );
    }
    if (argument.defaultValue !== undefined) {
      extraInfo.push(
        `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`,
      );
    }
    if (extraInfo.length > 0) {
      const extraDescription = `(${extraInfo.join(', ')})`;
      if (argument.description) {
        return `${argument.description} ${extraDescription}`;
      }
      return extraDescription;
    }
    return argument.description;
  }

  /**
   * Format a list of items, given a heading and an array of formatted items.
   *
   * @param {string} heading
   * @param {string[]} items
   * @param {Help} helper
   * @returns string[]
   */
  formatItemList(heading, items, helper) {
    if (items.length === 0) return [];

    return [helper.styleTitle(heading), ...items, ''];
  }

  /**
   * Group items by their help group heading.
   *
   * @param {Command[] | Option[]} unsortedItems
   * @param {Command[] | Option[]} visibleItems
   * @param {Function} getGroup
   * @returns {Map<string, Command[] | Option[]>}
   */
  groupItems(unsortedItems, visibleItems, getGroup) {
    const result = new Map();
    // Add groups in order of appearance in unsortedItems.
    unsortedItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) result.set(group, []);
    });
    // Add items in order of appearance in visibleItems.
    visibleItems.forEach((item) => {
      const group = getGroup(item);
      if (!result.has(group)) {
        result.set(group, []);
      }
      result.get(group).push(item);
    });
    return result;
  }

  /**
   * Generate the built-in help text.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {string}
   */

  formatHelp(cmd, helper) {
    const termWidth = helper.padWidth(cmd, helper);
    const helpWidth = helper.helpWidth ?? 80; // in case prepareContext() was not called

    function callFormatItem(term, description) {
      return helper.formatItem(term, termWidth, description, helper);
    }

    // Usage
    let output = [
      `${helper.styleTitle('Usage:')} ${helper.styleUsage(helper.commandUsage(cmd))}`,
      '',
    ];

    // Description
    const commandDescription = helper.commandDescription(cmd);
    if (commandDescription.length > 0) {
      output = output.concat([
        helper.boxWrap(
          helper.styleCommandDescription(commandDescription),
          helpWidth,
        ),
        '',
      ]);
    }

    // Arguments
    const argumentList = helper.visibleArguments(cmd).map((argument) => {
      return callFormatItem(
        helper.styleArgumentTerm(helper.argumentTerm(argument)),
        helper.styleArgumentDescription(helper.argumentDescription(argument)),
      );
    });
    output = output.concat(
      this.formatItemList('Arguments:', argumentList, helper),
    );

    // Options
    const optionGroups = this.groupItems(
      cmd.options,
      helper.visibleOptions(cmd),
      (option) => option.helpGroupHeading ?? 'Options:',
    );
    optionGroups.forEach((options, group) => {
      const optionList = options.map((option) => {
        return callFormatItem(
          helper.styleOptionTerm(helper.optionTerm(option)),
          helper.styleOptionDescription(helper.optionDescription(option)),
        );
      });
      output = output.concat(this.formatItemList(group, optionList, helper));
    });

    if (helper.showGlobalOptions) {
      const globalOptionList = helper
        .visibleGlobalOptions(cmd)
        .map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option)),
          );
        });
      output = output.concat(
        this.formatItemList('Global Options:', globalOptionList, helper),
      );
    }

    // Commands
    const commandGroups = this.groupItems(
      cmd.commands,
      helper.visibleCommands(cmd),
      (sub) => sub.helpGroup() || 'Commands:',
    );
    commandGroups.forEach((commands, group) => {
      const commandList = commands.map((sub) => {
        return callFormatItem(
          helper.styleSubcommandTerm(helper.subcommandTerm(sub)),
          helper.styleSubcommandDescription(helper.subcommandDescription(sub)),
        );
      });
      output = output.concat(this.formatItemList(group, commandList, helper));
    });

    return output.join('\n');
  }

  /**
   * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
   *
   * @param {string} str
   * @returns {number}
   */
  displayWidth(str) {
    return (0,external_node_util_namespaceObject.stripVTControlCharacters)(str).length;
  }

  /**
   * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
   *
   * @param {string} str
   * @returns {string}
   */
  styleTitle(str) {
    return str;
  }

  styleUsage(str) {
    // Usage has lots of parts the user might like to color separately! Assume default usage string which is formed like:
    //    command subcommand [options] [command] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word === '[command]') return this.styleSubcommandText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleCommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleCommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleOptionDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleSubcommandDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleArgumentDescription(str) {
    return this.styleDescriptionText(str);
  }
  styleDescriptionText(str) {
    return str;
  }
  styleOptionTerm(str) {
    return this.styleOptionText(str);
  }
  styleSubcommandTerm(str) {
    // This is very like usage with lots of parts! Assume default string which is formed like:
    //    subcommand [options] <foo> [bar]
    return str
      .split(' ')
      .map((word) => {
        if (word === '[options]') return this.styleOptionText(word);
        if (word[0] === '[' || word[0] === '<')
          return this.styleArgumentText(word);
        return this.styleSubcommandText(word); // Restrict to initial words?
      })
      .join(' ');
  }
  styleArgumentTerm(str) {
    return this.styleArgumentText(str);
  }
  styleOptionText(str) {
    return str;
  }
  styleArgumentText(str) {
    return str;
  }
  styleSubcommandText(str) {
    return str;
  }
  styleCommandText(str) {
    return str;
  }

  /**
   * Calculate the pad width from the maximum term length.
   *
   * @param {Command} cmd
   * @param {Help} helper
   * @returns {number}
   */

  padWidth(cmd, helper) {
    return Math.max(
      helper.longestOptionTermLength(cmd, helper),
      helper.longestGlobalOptionTermLength(cmd, helper),
      helper.longestSubcommandTermLength(cmd, helper),
      helper.longestArgumentTermLength(cmd, helper),
    );
  }

  /**
   * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
   *
   * @param {string} str
   * @returns {boolean}
   */
  preformatted(str) {
    return /\n[^\S\r\n]/.test(str);
  }

  /**
   * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
   *
   * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
   *   TTT  DDD DDDD
   *        DD DDD
   *
   * @param {string} term
   * @param {number} termWidth
   * @param {string} description
   * @param {Help} helper
   * @returns {string}
   */
  formatItem(term, termWidth, description, helper) {
    const itemIndent = 2;
    const itemIndentStr = ' '.repeat(itemIndent);
    if (!description) return itemIndentStr + term;

    // Pad the term out to a consistent width, so descriptions are aligned.
    const paddedTerm = term.padEnd(
      termWidth + term.length - helper.displayWidth(term),
    );

    // Format the description.
    const spacerWidth = 2; // between term and description
    const helpWidth = this.helpWidth ?? 80; // in case prepareContext() was not called
    const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
    let formattedDescription;
    if (
      remainingWidth < this.minWidthToWrap ||
      helper.preformatted(description)
    ) {
      formattedDescription = description;
    } else {
      const wrappedDescription = helper.boxWrap(description, remainingWidth);
      formattedDescription = wrappedDescription.replace(
        /\n/g,
        '\n' + ' '.repeat(termWidth + spacerWidth),
      );
    }

    // Construct and overall indent.
    return (
      itemIndentStr +
      paddedTerm +
      ' '.repeat(spacerWidth) +
      formattedDescription.replace(/\n/g, `\n${itemIndentStr}`)
    );
  }

  /**
   * Wrap a string at whitespace, preserving existing line breaks.
   * Wrapping is skipped if the width is less than `minWidthToWrap`.
   *
   * @param {string} str
   * @param {number} width
   * @returns {string}
   */
  boxWrap(str, width) {
    if (width < this.minWidthToWrap) return str;

    const rawLines = str.split(/\r\n|\n/);
    // split up text by whitespace
    const chunkPattern = /[\s]*[^\s]+/g;
    const wrappedLines = [];
    rawLines.forEach((line) => {
      const chunks = line.match(chunkPattern);
      if (chunks === null) {
        wrappedLines.push('');
        return;
      }

      let sumChunks = [chunks.shift()];
      let sumWidth = this.displayWidth(sumChunks[0]);
      chunks.forEach((chunk) => {
        const visibleWidth = this.displayWidth(chunk);
        // Accumulate chunks while they fit into width.
        if (sumWidth + visibleWidth <= width) {
          sumChunks.push(chunk);
          sumWidth += visibleWidth;
          return;
        }
        wrappedLines.push(sumChunks.join(''));

        const nextChunk = chunk.trimStart(); // trim space at line break
        sumChunks = [nextChunk];
        sumWidth = this.displayWidth(nextChunk);
      });
      wrappedLines.push(sumChunks.join(''));
    });

    return wrappedLines.join('\n');
  }
}

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/option.js


class option_Option {
  /**
   * Initialize a new `Option` with the given `flags` and `description`.
   *
   * @param {string} flags
   * @param {string} [description]
   */

  constructor(flags, description) {
    this.flags = flags;
    this.description = description || '';

    this.required = flags.includes('<'); // A value must be supplied when the option is specified.
    this.optional = flags.includes('['); // A value is optional when the option is specified.
    // variadic test ignores <value,...> et al which might be used to describe custom splitting of single argument
    this.variadic = /\p{ID_Continue}\.\.\.[>\]]$/u.test(flags); // The option can take multiple values.
    this.mandatory = false; // The option must have a value after parsing, which usually means it must be specified on command line.
    const optionFlags = splitOptionFlags(flags);
    this.short = optionFlags.shortFlag; // May be a short flag, undefined, or even a long flag (if option has two long flags).
    this.long = optionFlags.longFlag;
    this.negate = false;
    if (this.long) {
      this.negate = this.long.startsWith('--no-');
    }
    this.defaultValue = undefined;
    this.defaultValueDescription = undefined;
    this.presetArg = undefined;
    this.envVar = undefined;
    this.parseArg = undefined;
    this.hidden = false;
    this.argChoices = undefined;
    this.conflictsWith = [];
    this.implied = undefined;
    this.helpGroupHeading = undefined; // soft initialised when option added to command
  }

  /**
   * Set the default value, and optionally supply the description to be displayed in the help.
   *
   * @param {*} value
   * @param {string} [description]
   * @return {Option}
   */

  default(value, description) {
    this.defaultValue = value;
    this.defaultValueDescription = description;
    return this;
  }

  /**
   * Preset to use when option used without option-argument, especially optional but also boolean and negated.
   * The custom processing (parseArg) is called.
   *
   * @example
   * new Option('--color').default('GREYSCALE').preset('RGB');
   * new Option('--donate [amount]').preset('20').argParser(parseFloat);
   *
   * @param {*} arg
   * @return {Option}
   */

  preset(arg) {
    this.presetArg = arg;
    return this;
  }

  /**
   * Add option name(s) that conflict with this option.
   * An error will be displayed if conflicting options are found during parsing.
   *
   * @example
   * new Option('--rgb').conflicts('cmyk');
   * new Option('--js').conflicts(['ts', 'jsx']);
   *
   * @param {(string | string[])} names
   * @return {Option}
   */

  conflicts(names) {
    this.conflictsWith = this.conflictsWith.concat(names);
    return this;
  }

  /**
   * Specify implied option values for when this option is set and the implied options are not.
   *
   * The custom processing (parseArg) is not called on the implied values.
   *
   * @example
   * program
   *   .addOption(new Option('--log', 'write logging information to file'))
   *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
   *
   * @param {object} impliedOptionValues
   * @return {Option}
   */
  implies(impliedOptionValues) {
    let newImplied = impliedOptionValues;
    if (typeof impliedOptionValues === 'string') {
      // string is not documented, but easy mistake and we can do what user probably intended.
      newImplied = { [impliedOptionValues]: true };
    }
    this.implied = Object.assign(this.implied || {}, newImplied);
    return this;
  }

  /**
   * Set environment variable to check for option value.
   *
   * An environment variable is only used if when processed the current option value is
   * undefined, or the source of the current value is 'default' or 'config' or 'env'.
   *
   * @param {string} name
   * @return {Option}
   */

  env(name) {
    this.envVar = name;
    return this;
  }

  /**
   * Set the custom handler for processing CLI option arguments into option values.
   *
   * @param {Function} [fn]
   * @return {Option}
   */

  argParser(fn) {
    this.parseArg = fn;
    return this;
  }

  /**
   * Whether the option is mandatory and must have a value after parsing.
   *
   * @param {boolean} [mandatory=true]
   * @return {Option}
   */

  makeOptionMandatory(mandatory = true) {
    this.mandatory = !!mandatory;
    return this;
  }

  /**
   * Hide option in help.
   *
   * @param {boolean} [hide=true]
   * @return {Option}
   */

  hideHelp(hide = true) {
    this.hidden = !!hide;
    return this;
  }

  /**
   * @package
   */

  _collectValue(value, previous) {
    if (previous === this.defaultValue || !Array.isArray(previous)) {
      return [value];
    }

    previous.push(value);
    return previous;
  }

  /**
   * Only allow option value to be one of choices.
   *
   * @param {string[]} values
   * @return {Option}
   */

  choices(values) {
    this.argChoices = values.slice();
    this.parseArg = (arg, previous) => {
      if (!this.argChoices.includes(arg)) {
        throw new InvalidArgumentError(
          `Allowed choices are ${this.argChoices.join(', ')}.`,
        );
      }
      if (this.variadic) {
        return this._collectValue(arg, previous);
      }
      return arg;
    };
    return this;
  }

  /**
   * Return option name.
   *
   * @return {string}
   */

  name() {
    if (this.long) {
      return this.long.replace(/^--/, '');
    }
    return this.short.replace(/^-/, '');
  }

  /**
   * Return option name, in a camelcase format that can be used
   * as an object attribute key.
   *
   * @return {string}
   */

  attributeName() {
    if (this.negate) {
      return camelcase(this.name().replace(/^no-/, ''));
    }
    return camelcase(this.name());
  }

  /**
   * Set the help group heading.
   *
   * @param {string} heading
   * @return {Option}
   */
  helpGroup(heading) {
    this.helpGroupHeading = heading;
    return this;
  }

  /**
   * Check if `arg` matches the short or long flag.
   *
   * @param {string} arg
   * @return {boolean}
   * @package
   */

  is(arg) {
    return this.short === arg || this.long === arg;
  }

  /**
   * Return whether a boolean option.
   *
   * Options are one of boolean, negated, required argument, or optional argument.
   *
   * @return {boolean}
   * @package
   */

  isBoolean() {
    return !this.required && !this.optional && !this.negate;
  }
}

/**
 * This class is to make it easier to work with dual options, without changing the existing
 * implementation. We support separate dual options for separate positive and negative options,
 * like `--build` and `--no-build`, which share a single option value. This works nicely for some
 * use cases, but is tricky for others where we want separate behaviours despite
 * the single shared option value.
 */
class DualOptions {
  /**
   * @param {Option[]} options
   */
  constructor(options) {
    this.positiveOptions = new Map();
    this.negativeOptions = new Map();
    this.dualOptions = new Set();
    options.forEach((option) => {
      if (option.negate) {
        this.negativeOptions.set(option.attributeName(), option);
      } else {
        this.positiveOptions.set(option.attributeName(), option);
      }
    });
    this.negativeOptions.forEach((value, key) => {
      if (this.positiveOptions.has(key)) {
        this.dualOptions.add(key);
      }
    });
  }

  /**
   * Did the value come from the option, and not from possible matching dual option?
   *
   * @param {*} value
   * @param {Option} option
   * @returns {boolean}
   */
  valueFromOption(value, option) {
    const optionKey = option.attributeName();
    if (!this.dualOptions.has(optionKey)) return true;

    // Use the value to deduce if (probably) came from the option.
    const preset = this.negativeOptions.get(optionKey).presetArg;
    const negativeValue = preset !== undefined ? preset : false;
    return option.negate === (negativeValue === value);
  }
}

/**
 * Convert string from kebab-case to camelCase.
 *
 * @param {string} str
 * @return {string}
 * @private
 */

function camelcase(str) {
  return str.split('-').reduce((str, word) => {
    return str + word[0].toUpperCase() + word.slice(1);
  });
}

/**
 * Split the short and long flag out of something like '-m,--mixed <value>'
 *
 * @private
 */

function splitOptionFlags(flags) {
  let shortFlag;
  let longFlag;
  // short flag, single dash and single character
  const shortFlagExp = /^-[^-]$/;
  // long flag, double dash and at least one character
  const longFlagExp = /^--[^-]/;

  const flagParts = flags.split(/[ |,]+/).concat('guard');
  // Normal is short and/or long.
  if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
  if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
  // Long then short. Rarely used but fine.
  if (!shortFlag && shortFlagExp.test(flagParts[0]))
    shortFlag = flagParts.shift();
  // Allow two long flags, like '--ws, --workspace'
  // This is the supported way to have a shortish option flag.
  if (!shortFlag && longFlagExp.test(flagParts[0])) {
    shortFlag = longFlag;
    longFlag = flagParts.shift();
  }

  // Check for unprocessed flag. Fail noisily rather than silently ignore.
  if (flagParts[0].startsWith('-')) {
    const unsupportedFlag = flagParts[0];
    const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
    if (/^-[^-][^-]/.test(unsupportedFlag))
      throw new Error(
        `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`,
      );
    if (shortFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many short flags`);
    if (longFlagExp.test(unsupportedFlag))
      throw new Error(`${baseError}
- too many long flags`);

    throw new Error(`${baseError}
- unrecognised flag format`);
  }
  if (shortFlag === undefined && longFlag === undefined)
    throw new Error(
      `option creation failed due to no flags found in '${flags}'.`,
    );

  return { shortFlag, longFlag };
}

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/suggestSimilar.js
const maxDistance = 3;

function editDistance(a, b) {
  // https://en.wikipedia.org/wiki/Damerau–Levenshtein_distance
  // Calculating optimal string alignment distance, no substring is edited more than once.
  // (Simple implementation.)

  // Quick early exit, return worst case.
  if (Math.abs(a.length - b.length) > maxDistance)
    return Math.max(a.length, b.length);

  // distance between prefix substrings of a and b
  const d = [];

  // pure deletions turn a into empty string
  for (let i = 0; i <= a.length; i++) {
    d[i] = [i];
  }
  // pure insertions turn empty string into b
  for (let j = 0; j <= b.length; j++) {
    d[0][j] = j;
  }

  // fill matrix
  for (let j = 1; j <= b.length; j++) {
    for (let i = 1; i <= a.length; i++) {
      let cost;
      if (a[i - 1] === b[j - 1]) {
        cost = 0;
      } else {
        cost = 1;
      }
      d[i][j] = Math.min(
        d[i - 1][j] + 1, // deletion
        d[i][j - 1] + 1, // insertion
        d[i - 1][j - 1] + cost, // substitution
      );
      // transposition
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }

  return d[a.length][b.length];
}

/**
 * Find close matches, restricted to same number of edits.
 *
 * @param {string} word
 * @param {string[]} candidates
 * @returns {string}
 */

function suggestSimilar(word, candidates) {
  if (!candidates || candidates.length === 0) return '';
  // remove possible duplicates
  candidates = Array.from(new Set(candidates));

  const searchingOptions = word.startsWith('--');
  if (searchingOptions) {
    word = word.slice(2);
    candidates = candidates.map((candidate) => candidate.slice(2));
  }

  let similar = [];
  let bestDistance = maxDistance;
  const minSimilarity = 0.4;
  candidates.forEach((candidate) => {
    if (candidate.length <= 1) return; // no one character guesses

    const distance = editDistance(word, candidate);
    const length = Math.max(word.length, candidate.length);
    const similarity = (length - distance) / length;
    if (similarity > minSimilarity) {
      if (distance < bestDistance) {
        // better edit distance, throw away previous worse matches
        bestDistance = distance;
        similar = [candidate];
      } else if (distance === bestDistance) {
        similar.push(candidate);
      }
    }
  });

  similar.sort((a, b) => a.localeCompare(b));
  if (searchingOptions) {
    similar = similar.map((candidate) => `--${candidate}`);
  }

  if (similar.length > 1) {
    return `\n(Did you mean one of ${similar.join(', ')}?)`;
  }
  if (similar.length === 1) {
    return `\n(Did you mean ${similar[0]}?)`;
  }
  return '';
}

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/lib/command.js













class command_Command extends external_node_events_.EventEmitter {
  /**
   * Initialize a new `Command`.
   *
   * @param {string} [name]
   */

  constructor(name) {
    super();
    /** @type {Command[]} */
    this.commands = [];
    /** @type {Option[]} */
    this.options = [];
    this.parent = null;
    this._allowUnknownOption = false;
    this._allowExcessArguments = false;
    /** @type {Argument[]} */
    this.registeredArguments = [];
    this._args = this.registeredArguments; // deprecated old name
    /** @type {string[]} */
    this.args = []; // cli args with options removed
    this.rawArgs = [];
    this.processedArgs = []; // like .args but after custom processing and collecting variadic
    this._scriptPath = null;
    this._name = name || '';
    this._optionValues = {};
    this._optionValueSources = {}; // default, env, cli etc
    this._storeOptionsAsProperties = false;
    this._actionHandler = null;
    this._executableHandler = false;
    this._executableFile = null; // custom name for executable
    this._executableDir = null; // custom search directory for subcommands
    this._defaultCommandName = null;
    this._exitCallback = null;
    this._aliases = [];
    this._combineFlagAndOptionalValue = true;
    this._description = '';
    this._summary = '';
    this._argsDescription = undefined; // legacy
    this._enablePositionalOptions = false;
    this._passThroughOptions = false;
    this._lifeCycleHooks = {}; // a hash of arrays
    /** @type {(boolean | string)} */
    this._showHelpAfterError = false;
    this._showSuggestionAfterError = true;
    this._savedState = null; // used in save/restoreStateBeforeParse

    // see configureOutput() for docs
    this._outputConfiguration = {
      writeOut: (str) => external_node_process_namespaceObject.stdout.write(str),
      writeErr: (str) => external_node_process_namespaceObject.stderr.write(str),
      outputError: (str, write) => write(str),
      getOutHelpWidth: () =>
        external_node_process_namespaceObject.stdout.isTTY ? external_node_process_namespaceObject.stdout.columns : undefined,
      getErrHelpWidth: () =>
        external_node_process_namespaceObject.stderr.isTTY ? external_node_process_namespaceObject.stderr.columns : undefined,
      getOutHasColors: () =>
        useColor() ?? (external_node_process_namespaceObject.stdout.isTTY && external_node_process_namespaceObject.stdout.hasColors?.()),
      getErrHasColors: () =>
        useColor() ?? (external_node_process_namespaceObject.stderr.isTTY && external_node_process_namespaceObject.stderr.hasColors?.()),
      stripColor: (str) => (0,external_node_util_namespaceObject.stripVTControlCharacters)(str),
    };

    this._hidden = false;
    /** @type {(Option | null | undefined)} */
    this._helpOption = undefined; // Lazy created on demand. May be null if help option is disabled.
    this._addImplicitHelpCommand = undefined; // undecided whether true or false yet, not inherited
    /** @type {Command} */
    this._helpCommand = undefined; // lazy initialised, inherited
    this._helpConfiguration = {};
    /** @type {string | undefined} */
    this._helpGroupHeading = undefined; // soft initialised when added to parent
    /** @type {string | undefined} */
    this._defaultCommandGroup = undefined;
    /** @type {string | undefined} */
    this._defaultOptionGroup = undefined;
  }

  /**
   * Copy settings that are useful to have in common across root command and subcommands.
   *
   * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
   *
   * @param {Command} sourceCommand
   * @return {Command} `this` command for chaining
   */
  copyInheritedSettings(sourceCommand) {
    this._outputConfiguration = sourceCommand._outputConfiguration;
    this._helpOption = sourceCommand._helpOption;
    this._helpCommand = sourceCommand._helpCommand;
    this._helpConfiguration = sourceCommand._helpConfiguration;
    this._exitCallback = sourceCommand._exitCallback;
    this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
    this._combineFlagAndOptionalValue =
      sourceCommand._combineFlagAndOptionalValue;
    this._allowExcessArguments = sourceCommand._allowExcessArguments;
    this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
    this._showHelpAfterError = sourceCommand._showHelpAfterError;
    this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;

    return this;
  }

  /**
   * @returns {Command[]}
   * @private
   */

  _getCommandAndAncestors() {
    const result = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    for (let command = this; command; command = command.parent) {
      result.push(command);
    }
    return result;
  }

  /**
   * Define a command.
   *
   * There are two styles of command: pay attention to where to put the description.
   *
   * @example
   * // Command implemented using action handler (description is supplied separately to `.command`)
   * program
   *   .command('clone <source> [destination]')
   *   .description('clone a repository into a newly created directory')
   *   .action((source, destination) => {
   *     console.log('clone command called');
   *   });
   *
   * // Command implemented using separate executable file (description is second parameter to `.command`)
   * program
   *   .command('start <service>', 'start named service')
   *   .command('stop [service]', 'stop named service, or all if no name supplied');
   *
   * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
   * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
   * @param {object} [execOpts] - configuration options (for executable)
   * @return {Command} returns new command for action handler, or `this` for executable command
   */

  command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
    let desc = actionOptsOrExecDesc;
    let opts = execOpts;
    if (typeof desc === 'object' && desc !== null) {
      opts = desc;
      desc = null;
    }
    opts = opts || {};
    const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);

    const cmd = this.createCommand(name);
    if (desc) {
      cmd.description(desc);
      cmd._executableHandler = true;
    }
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    cmd._hidden = !!(opts.noHelp || opts.hidden); // noHelp is deprecated old name for hidden
    cmd._executableFile = opts.executableFile || null; // Custom name for executable file, set missing to null to match constructor
    if (args) cmd.arguments(args);
    this._registerCommand(cmd);
    cmd.parent = this;
    cmd.copyInheritedSettings(this);

    if (desc) return this;
    return cmd;
  }

  /**
   * Factory routine to create a new unattached command.
   *
   * See .command() for creating an attached subcommand, which uses this routine to
   * create the command. You can override createCommand to customise subcommands.
   *
   * @param {string} [name]
   * @return {Command} new command
   */

  createCommand(name) {
    return new command_Command(name);
  }

  /**
   * You can customise the help with a subclass of Help by overriding createHelp,
   * or by overriding Help properties using configureHelp().
   *
   * @return {Help}
   */

  createHelp() {
    return Object.assign(new Help(), this.configureHelp());
  }

  /**
   * You can customise the help by overriding Help properties using configureHelp(),
   * or with a subclass of Help by overriding createHelp().
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureHelp(configuration) {
    if (configuration === undefined) return this._helpConfiguration;

    this._helpConfiguration = configuration;
    return this;
  }

  /**
   * The default output goes to stdout and stderr. You can customise this for special
   * applications. You can also customise the display of errors by overriding outputError.
   *
   * The configuration properties are all functions:
   *
   *     // change how output being written, defaults to stdout and stderr
   *     writeOut(str)
   *     writeErr(str)
   *     // change how output being written for errors, defaults to writeErr
   *     outputError(str, write) // used for displaying errors and not used for displaying help
   *     // specify width for wrapping help
   *     getOutHelpWidth()
   *     getErrHelpWidth()
   *     // color support, currently only used with Help
   *     getOutHasColors()
   *     getErrHasColors()
   *     stripColor() // used to remove ANSI escape codes if output does not have colors
   *
   * @param {object} [configuration] - configuration options
   * @return {(Command | object)} `this` command for chaining, or stored configuration
   */

  configureOutput(configuration) {
    if (configuration === undefined) return this._outputConfiguration;

    this._outputConfiguration = {
      ...this._outputConfiguration,
      ...configuration,
    };
    return this;
  }

  /**
   * Display the help or a custom message after an error occurs.
   *
   * @param {(boolean|string)} [displayHelp]
   * @return {Command} `this` command for chaining
   */
  showHelpAfterError(displayHelp = true) {
    if (typeof displayHelp !== 'string') displayHelp = !!displayHelp;
    this._showHelpAfterError = displayHelp;
    return this;
  }

  /**
   * Display suggestion of similar commands for unknown commands, or options for unknown options.
   *
   * @param {boolean} [displaySuggestion]
   * @return {Command} `this` command for chaining
   */
  showSuggestionAfterError(displaySuggestion = true) {
    this._showSuggestionAfterError = !!displaySuggestion;
    return this;
  }

  /**
   * Add a prepared subcommand.
   *
   * See .command() for creating an attached subcommand which inherits settings from its parent.
   *
   * @param {Command} cmd - new subcommand
   * @param {object} [opts] - configuration options
   * @return {Command} `this` command for chaining
   */

  addCommand(cmd, opts) {
    if (!cmd._name) {
      throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
    }

    opts = opts || {};
    if (opts.isDefault) this._defaultCommandName = cmd._name;
    if (opts.noHelp || opts.hidden) cmd._hidden = true; // modifying passed command due to existing implementation

    this._registerCommand(cmd);
    cmd.parent = this;
    cmd._checkForBrokenPassThrough();

    return this;
  }

  /**
   * Factory routine to create a new unattached argument.
   *
   * See .argument() for creating an attached argument, which uses this routine to
   * create the argument. You can override createArgument to return a custom argument.
   *
   * @param {string} name
   * @param {string} [description]
   * @return {Argument} new argument
   */

  createArgument(name, description) {
    return new argument_Argument(name, description);
  }

  /**
   * Define argument syntax for command.
   *
   * The default is that the argument is required, and you can explicitly
   * indicate this with <> around the name. Put [] around the name for an optional argument.
   *
   * @example
   * program.argument('<input-file>');
   * program.argument('[output-file]');
   *
   * @param {string} name
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom argument processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */
  argument(name, description, parseArg, defaultValue) {
    const argument = this.createArgument(name, description);
    if (typeof parseArg === 'function') {
      argument.default(defaultValue).argParser(parseArg);
    } else {
      argument.default(parseArg);
    }
    this.addArgument(argument);
    return this;
  }

  /**
   * Define argument syntax for command, adding multiple at once (without descriptions).
   *
   * See also .argument().
   *
   * @example
   * program.arguments('<cmd> [env]');
   *
   * @param {string} names
   * @return {Command} `this` command for chaining
   */

  arguments(names) {
    names
      .trim()
      .split(/ +/)
      .forEach((detail) => {
        this.argument(detail);
      });
    return this;
  }

  /**
   * Define argument syntax for command, adding a prepared argument.
   *
   * @param {Argument} argument
   * @return {Command} `this` command for chaining
   */
  addArgument(argument) {
    const previousArgument = this.registeredArguments.slice(-1)[0];
    if (previousArgument?.variadic) {
      throw new Error(
        `only the last argument can be variadic '${previousArgument.name()}'`,
      );
    }
    if (
      argument.required &&
      argument.defaultValue !== undefined &&
      argument.parseArg === undefined
    ) {
      throw new Error(
        `a default value for a required argument is never used: '${argument.name()}'`,
      );
    }
    this.registeredArguments.push(argument);
    return this;
  }

  /**
   * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
   *
   * @example
   *    program.helpCommand('help [cmd]');
   *    program.helpCommand('help [cmd]', 'show help');
   *    program.helpCommand(false); // suppress default help command
   *    program.helpCommand(true); // add help command even if no subcommands
   *
   * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
   * @param {string} [description] - custom description
   * @return {Command} `this` command for chaining
   */

  helpCommand(enableOrNameAndArgs, description) {
    if (typeof enableOrNameAndArgs === 'boolean') {
      this._addImplicitHelpCommand = enableOrNameAndArgs;
      if (enableOrNameAndArgs && this._defaultCommandGroup) {
        // make the command to store the group
        this._initCommandGroup(this._getHelpCommand());
      }
      return this;
    }

    const nameAndArgs = enableOrNameAndArgs ?? 'help [command]';
    const [, helpName, helpArgs] = nameAndArgs.match(/([^ ]+) *(.*)/);
    const helpDescription = description ?? 'display help for command';

    const helpCommand = this.createCommand(helpName);
    helpCommand.helpOption(false);
    if (helpArgs) helpCommand.arguments(helpArgs);
    if (helpDescription) helpCommand.description(helpDescription);

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    // init group unless lazy create
    if (enableOrNameAndArgs || description) this._initCommandGroup(helpCommand);

    return this;
  }

  /**
   * Add prepared custom help command.
   *
   * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
   * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
   * @return {Command} `this` command for chaining
   */
  addHelpCommand(helpCommand, deprecatedDescription) {
    // If not passed an object, call through to helpCommand for backwards compatibility,
    // as addHelpCommand was originally used like helpCommand is now.
    if (typeof helpCommand !== 'object') {
      this.helpCommand(helpCommand, deprecatedDescription);
      return this;
    }

    this._addImplicitHelpCommand = true;
    this._helpCommand = helpCommand;
    this._initCommandGroup(helpCommand);
    return this;
  }

  /**
   * Lazy create help command.
   *
   * @return {(Command|null)}
   * @package
   */
  _getHelpCommand() {
    const hasImplicitHelpCommand =
      this._addImplicitHelpCommand ??
      (this.commands.length &&
        !this._actionHandler &&
        !this._findCommand('help'));

    if (hasImplicitHelpCommand) {
      if (this._helpCommand === undefined) {
        this.helpCommand(undefined, undefined); // use default name and description
      }
      return this._helpCommand;
    }
    return null;
  }

  /**
   * Add hook for life cycle event.
   *
   * @param {string} event
   * @param {Function} listener
   * @return {Command} `this` command for chaining
   */

  hook(event, listener) {
    const allowedValues = ['preSubcommand', 'preAction', 'postAction'];
    if (!allowedValues.includes(event)) {
      throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
    }
    if (this._lifeCycleHooks[event]) {
      this._lifeCycleHooks[event].push(listener);
    } else {
      this._lifeCycleHooks[event] = [listener];
    }
    return this;
  }

  /**
   * Register callback to use as replacement for calling process.exit.
   *
   * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
   * @return {Command} `this` command for chaining
   */

  exitOverride(fn) {
    if (fn) {
      this._exitCallback = fn;
    } else {
      this._exitCallback = (err) => {
        if (err.code !== 'commander.executeSubCommandAsync') {
          throw err;
        } else {
          // Async callback from spawn events, not useful to throw.
        }
      };
    }
    return this;
  }

  /**
   * Call process.exit, and _exitCallback if defined.
   *
   * @param {number} exitCode exit code for using with process.exit
   * @param {string} code an id string representing the error
   * @param {string} message human-readable description of the error
   * @return never
   * @private
   */

  _exit(exitCode, code, message) {
    if (this._exitCallback) {
      this._exitCallback(new CommanderError(exitCode, code, message));
      // Expecting this line is not reached.
    }
    external_node_process_namespaceObject.exit(exitCode);
  }

  /**
   * Register callback `fn` for the command.
   *
   * @example
   * program
   *   .command('serve')
   *   .description('start service')
   *   .action(function() {
   *      // do work here
   *   });
   *
   * @param {Function} fn
   * @return {Command} `this` command for chaining
   */

  action(fn) {
    const listener = (args) => {
      // The .action callback takes an extra parameter which is the command or options.
      const expectedArgsCount = this.registeredArguments.length;
      const actionArgs = args.slice(0, expectedArgsCount);
      if (this._storeOptionsAsProperties) {
        actionArgs[expectedArgsCount] = this; // backwards compatible "options"
      } else {
        actionArgs[expectedArgsCount] = this.opts();
      }
      actionArgs.push(this);

      return fn.apply(this, actionArgs);
    };
    this._actionHandler = listener;
    return this;
  }

  /**
   * Factory routine to create a new unattached option.
   *
   * See .option() for creating an attached option, which uses this routine to
   * create the option. You can override createOption to return a custom option.
   *
   * @param {string} flags
   * @param {string} [description]
   * @return {Option} new option
   */

  createOption(flags, description) {
    return new option_Option(flags, description);
  }

  /**
   * Wrap parseArgs to catch 'commander.invalidArgument'.
   *
   * @param {(Option | Argument)} target
   * @param {string} value
   * @param {*} previous
   * @param {string} invalidArgumentMessage
   * @private
   */

  _callParseArg(target, value, previous, invalidArgumentMessage) {
    try {
      return target.parseArg(value, previous);
    } catch (err) {
      if (err.code === 'commander.invalidArgument') {
        const message = `${invalidArgumentMessage} ${err.message}`;
        this.error(message, { exitCode: err.exitCode, code: err.code });
      }
      throw err;
    }
  }

  /**
   * Check for option flag conflicts.
   * Register option if no conflicts found, or throw on conflict.
   *
   * @param {Option} option
   * @private
   */

  _registerOption(option) {
    const matchingOption =
      (option.short && this._findOption(option.short)) ||
      (option.long && this._findOption(option.long));
    if (matchingOption) {
      const matchingFlag =
        option.long && this._findOption(option.long)
          ? option.long
          : option.short;
      throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
    }

    this._initOptionGroup(option);
    this.options.push(option);
  }

  /**
   * Check for command name and alias conflicts with existing commands.
   * Register command if no conflicts found, or throw on conflict.
   *
   * @param {Command} command
   * @private
   */

  _registerCommand(command) {
    const knownBy = (cmd) => {
      return [cmd.name()].concat(cmd.aliases());
    };

    const alreadyUsed = knownBy(command).find((name) =>
      this._findCommand(name),
    );
    if (alreadyUsed) {
      const existingCmd = knownBy(this._findCommand(alreadyUsed)).join('|');
      const newCmd = knownBy(command).join('|');
      throw new Error(
        `cannot add command '${newCmd}' as already have command '${existingCmd}'`,
      );
    }

    this._initCommandGroup(command);
    this.commands.push(command);
  }

  /**
   * Add an option.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addOption(option) {
    this._registerOption(option);

    const oname = option.name();
    const name = option.attributeName();

    // store default value
    if (option.defaultValue !== undefined) {
      this.setOptionValueWithSource(name, option.defaultValue, 'default');
    }

    // handler for cli and env supplied values
    const handleOptionValue = (val, invalidValueMessage, valueSource) => {
      // val is null for optional option used without an optional-argument.
      // val is undefined for boolean and negated option.
      if (val == null && option.presetArg !== undefined) {
        val = option.presetArg;
      }

      // custom processing
      const oldValue = this.getOptionValue(name);
      if (val !== null && option.parseArg) {
        val = this._callParseArg(option, val, oldValue, invalidValueMessage);
      } else if (val !== null && option.variadic) {
        val = option._collectValue(val, oldValue);
      }

      // Fill-in appropriate missing values. Long winded but easy to follow.
      if (val == null) {
        if (option.negate) {
          val = false;
        } else if (option.isBoolean() || option.optional) {
          val = true;
        } else {
          val = ''; // not normal, parseArg might have failed or be a mock function for testing
        }
      }
      this.setOptionValueWithSource(name, val, valueSource);
    };

    this.on('option:' + oname, (val) => {
      const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
      handleOptionValue(val, invalidValueMessage, 'cli');
    });

    if (option.envVar) {
      this.on('optionEnv:' + oname, (val) => {
        const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
        handleOptionValue(val, invalidValueMessage, 'env');
      });
    }

    return this;
  }

  /**
   * Internal implementation shared by .option() and .requiredOption()
   *
   * @return {Command} `this` command for chaining
   * @private
   */
  _optionEx(config, flags, description, fn, defaultValue) {
    if (typeof flags === 'object' && flags instanceof option_Option) {
      throw new Error(
        'To add an Option object use addOption() instead of option() or requiredOption()',
      );
    }
    const option = this.createOption(flags, description);
    option.makeOptionMandatory(!!config.mandatory);
    if (typeof fn === 'function') {
      option.default(defaultValue).argParser(fn);
    } else if (fn instanceof RegExp) {
      // deprecated
      const regex = fn;
      fn = (val, def) => {
        const m = regex.exec(val);
        return m ? m[0] : def;
      };
      option.default(defaultValue).argParser(fn);
    } else {
      option.default(fn);
    }

    return this.addOption(option);
  }

  /**
   * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
   * option-argument is indicated by `<>` and an optional option-argument by `[]`.
   *
   * See the README for more details, and see also addOption() and requiredOption().
   *
   * @example
   * program
   *     .option('-p, --pepper', 'add pepper')
   *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
   *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
   *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  option(flags, description, parseArg, defaultValue) {
    return this._optionEx({}, flags, description, parseArg, defaultValue);
  }

  /**
   * Add a required option which must have a value after parsing. This usually means
   * the option must be specified on the command line. (Otherwise the same as .option().)
   *
   * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
   *
   * @param {string} flags
   * @param {string} [description]
   * @param {(Function|*)} [parseArg] - custom option processing function or default value
   * @param {*} [defaultValue]
   * @return {Command} `this` command for chaining
   */

  requiredOption(flags, description, parseArg, defaultValue) {
    return this._optionEx(
      { mandatory: true },
      flags,
      description,
      parseArg,
      defaultValue,
    );
  }

  /**
   * Alter parsing of short flags with optional values.
   *
   * @example
   * // for `.option('-f,--flag [value]'):
   * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
   * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
   *
   * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
   * @return {Command} `this` command for chaining
   */
  combineFlagAndOptionalValue(combine = true) {
    this._combineFlagAndOptionalValue = !!combine;
    return this;
  }

  /**
   * Allow unknown options on the command line.
   *
   * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
   * @return {Command} `this` command for chaining
   */
  allowUnknownOption(allowUnknown = true) {
    this._allowUnknownOption = !!allowUnknown;
    return this;
  }

  /**
   * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
   *
   * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
   * @return {Command} `this` command for chaining
   */
  allowExcessArguments(allowExcess = true) {
    this._allowExcessArguments = !!allowExcess;
    return this;
  }

  /**
   * Enable positional options. Positional means global options are specified before subcommands which lets
   * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
   * The default behaviour is non-positional and global options may appear anywhere on the command line.
   *
   * @param {boolean} [positional]
   * @return {Command} `this` command for chaining
   */
  enablePositionalOptions(positional = true) {
    this._enablePositionalOptions = !!positional;
    return this;
  }

  /**
   * Pass through options that come after command-arguments rather than treat them as command-options,
   * so actual command-options come before command-arguments. Turning this on for a subcommand requires
   * positional options to have been enabled on the program (parent commands).
   * The default behaviour is non-positional and options may appear before or after command-arguments.
   *
   * @param {boolean} [passThrough] for unknown options.
   * @return {Command} `this` command for chaining
   */
  passThroughOptions(passThrough = true) {
    this._passThroughOptions = !!passThrough;
    this._checkForBrokenPassThrough();
    return this;
  }

  /**
   * @private
   */

  _checkForBrokenPassThrough() {
    if (
      this.parent &&
      this._passThroughOptions &&
      !this.parent._enablePositionalOptions
    ) {
      throw new Error(
        `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`,
      );
    }
  }

  /**
   * Whether to store option values as properties on command object,
   * or store separately (specify false). In both cases the option values can be accessed using .opts().
   *
   * @param {boolean} [storeAsProperties=true]
   * @return {Command} `this` command for chaining
   */

  storeOptionsAsProperties(storeAsProperties = true) {
    if (this.options.length) {
      throw new Error('call .storeOptionsAsProperties() before adding options');
    }
    if (Object.keys(this._optionValues).length) {
      throw new Error(
        'call .storeOptionsAsProperties() before setting option values',
      );
    }
    this._storeOptionsAsProperties = !!storeAsProperties;
    return this;
  }

  /**
   * Retrieve option value.
   *
   * @param {string} key
   * @return {object} value
   */

  getOptionValue(key) {
    if (this._storeOptionsAsProperties) {
      return this[key];
    }
    return this._optionValues[key];
  }

  /**
   * Store option value.
   *
   * @param {string} key
   * @param {object} value
   * @return {Command} `this` command for chaining
   */

  setOptionValue(key, value) {
    return this.setOptionValueWithSource(key, value, undefined);
  }

  /**
   * Store option value and where the value came from.
   *
   * @param {string} key
   * @param {object} value
   * @param {string} source - expected values are default/config/env/cli/implied
   * @return {Command} `this` command for chaining
   */

  setOptionValueWithSource(key, value, source) {
    if (this._storeOptionsAsProperties) {
      this[key] = value;
    } else {
      this._optionValues[key] = value;
    }
    this._optionValueSources[key] = source;
    return this;
  }

  /**
   * Get source of option value.
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSource(key) {
    return this._optionValueSources[key];
  }

  /**
   * Get source of option value. See also .optsWithGlobals().
   * Expected values are default | config | env | cli | implied
   *
   * @param {string} key
   * @return {string}
   */

  getOptionValueSourceWithGlobals(key) {
    // global overwrites local, like optsWithGlobals
    let source;
    this._getCommandAndAncestors().forEach((cmd) => {
      if (Object.hasOwn(cmd._optionValueSources, key)) {
        source = cmd.getOptionValueSource(key);
      }
    });
    return source;
  }

  /**
   * Get user arguments from implied or explicit arguments.
   * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
   *
   * @private
   */

  _prepareUserArgs(argv, parseOptions) {
    if (argv !== undefined && !Array.isArray(argv)) {
      throw new Error('first parameter to parse must be array or undefined');
    }
    parseOptions = parseOptions || {};

    // auto-detect argument conventions if nothing supplied
    if (argv === undefined && parseOptions.from === undefined) {
      if (external_node_process_namespaceObject.versions?.electron) {
        parseOptions.from = 'electron';
      }
      // check node specific options for scenarios where user CLI args follow executable without scriptname
      const execArgv = external_node_process_namespaceObject.execArgv ?? [];
      if (
        execArgv.includes('-e') ||
        execArgv.includes('--eval') ||
        execArgv.includes('-p') ||
        execArgv.includes('--print')
      ) {
        parseOptions.from = 'eval'; // internal usage, not documented
      }
    }

    // default to using process.argv
    if (argv === undefined) {
      argv = external_node_process_namespaceObject.argv;
    }
    this.rawArgs = argv.slice();

    // extract the user args and scriptPath
    let userArgs;
    switch (parseOptions.from) {
      case undefined:
      case 'node':
        this._scriptPath = argv[1];
        userArgs = argv.slice(2);
        break;
      case 'electron':
        // @ts-ignore: because defaultApp is an unknown property
        if (external_node_process_namespaceObject.defaultApp) {
          this._scriptPath = argv[1];
          userArgs = argv.slice(2);
        } else {
          userArgs = argv.slice(1);
        }
        break;
      case 'user':
        userArgs = argv.slice(0);
        break;
      case 'eval':
        userArgs = argv.slice(1);
        break;
      default:
        throw new Error(
          `unexpected parse option { from: '${parseOptions.from}' }`,
        );
    }

    // Find default name for program from arguments.
    if (!this._name && this._scriptPath)
      this.nameFromFilename(this._scriptPath);
    this._name = this._name || 'program';

    return userArgs;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Use parseAsync instead of parse if any of your action handlers are async.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * program.parse(); // parse process.argv and auto-detect electron and special node flags
   * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
   * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv] - optional, defaults to process.argv
   * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
   * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
   * @return {Command} `this` command for chaining
   */

  parse(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    this._parseCommand([], userArgs);

    return this;
  }

  /**
   * Parse `argv`, setting options and invoking commands when defined.
   *
   * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
   *
   * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
   * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
   * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
   * - `'user'`: just user arguments
   *
   * @example
   * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
   * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
   * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
   *
   * @param {string[]} [argv]
   * @param {object} [parseOptions]
   * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
   * @return {Promise}
   */

  async parseAsync(argv, parseOptions) {
    this._prepareForParse();
    const userArgs = this._prepareUserArgs(argv, parseOptions);
    await this._parseCommand([], userArgs);

    return this;
  }

  _prepareForParse() {
    // Save the state the first time, then restore the state before each subsequent parse.
    if (this._savedState === null) {
      // Do the special default of lone negated option to true, now that we have all the options.
      // Filter for negated options that have not been processed already.
      this.options
        .filter(
          (option) =>
            option.negate &&
            option.defaultValue === undefined &&
            this.getOptionValue(option.attributeName()) === undefined,
        )
        .forEach((option) => {
          // check for lone negated option: --no-foo without a --foo option
          const positiveLongFlag = option.long.replace(/^--no-/, '--');
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              option.attributeName(),
              true,
              'default',
            );
          }
        });

      this.saveStateBeforeParse();
    } else {
      this.restoreStateBeforeParse();
    }
  }

  /**
   * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state saved.
   */
  saveStateBeforeParse() {
    this._savedState = {
      // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
      _name: this._name,
      // option values before parse have default values (including false for negated options)
      // shallow clones
      _optionValues: { ...this._optionValues },
      _optionValueSources: { ...this._optionValueSources },
    };
  }

  /**
   * Restore state before parse for calls after the first.
   * Not usually called directly, but available for subclasses to save their custom state.
   *
   * This is called in a lazy way. Only commands used in parsing chain will have state restored.
   */
  restoreStateBeforeParse() {
    if (this._storeOptionsAsProperties)
      throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);

    // clear state from _prepareUserArgs
    this._name = this._savedState._name;
    this._scriptPath = null;
    this.rawArgs = [];
    // clear state from setOptionValueWithSource
    this._optionValues = { ...this._savedState._optionValues };
    this._optionValueSources = { ...this._savedState._optionValueSources };
    // clear state from _parseCommand
    this.args = [];
    // clear state from _processArguments
    this.processedArgs = [];
  }

  /**
   * Throw if expected executable is missing. Add lots of help for author.
   *
   * @param {string} executableFile
   * @param {string} executableDir
   * @param {string} subcommandName
   */
  _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
    if (external_node_fs_.existsSync(executableFile)) return;

    const executableDirMessage = executableDir
      ? `searched for local subcommand relative to directory '${executableDir}'`
      : 'no directory for search for local subcommand, use .executableDir() to supply a custom directory';
    const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
    throw new Error(executableMissing);
  }

  /**
   * Execute a sub-command executable.
   *
   * @private
   */

  _executeSubCommand(subcommand, args) {
    args = args.slice();
    const sourceExt = ['.js', '.ts', '.tsx', '.mjs', '.cjs'];

    function findFile(baseDir, baseName) {
      // Look for specified file
      const localBin = external_node_path_.resolve(baseDir, baseName);
      if (external_node_fs_.existsSync(localBin)) return localBin;

      // Stop looking if candidate already has an expected extension.
      if (sourceExt.includes(external_node_path_.extname(baseName))) return undefined;

      // Try all the extensions.
      const foundExt = sourceExt.find((ext) =>
        external_node_fs_.existsSync(`${localBin}${ext}`),
      );
      if (foundExt) return `${localBin}${foundExt}`;

      return undefined;
    }

    // Not checking for help first. Unlikely to have mandatory and executable, and can't robustly test for help flags in external command.
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // executableFile and executableDir might be full path, or just a name
    let executableFile =
      subcommand._executableFile || `${this._name}-${subcommand._name}`;
    let executableDir = this._executableDir || '';
    if (this._scriptPath) {
      let resolvedScriptPath; // resolve possible symlink for installed npm binary
      try {
        resolvedScriptPath = external_node_fs_.realpathSync(this._scriptPath);
      } catch {
        resolvedScriptPath = this._scriptPath;
      }
      executableDir = external_node_path_.resolve(
        external_node_path_.dirname(resolvedScriptPath),
        executableDir,
      );
    }

    // Look for a local file in preference to a command in PATH.
    if (executableDir) {
      let localFile = findFile(executableDir, executableFile);

      // Legacy search using prefix of script name instead of command name
      if (!localFile && !subcommand._executableFile && this._scriptPath) {
        const legacyName = external_node_path_.basename(
          this._scriptPath,
          external_node_path_.extname(this._scriptPath),
        );
        if (legacyName !== this._name) {
          localFile = findFile(
            executableDir,
            `${legacyName}-${subcommand._name}`,
          );
        }
      }
      executableFile = localFile || executableFile;
    }

    const launchWithNode = sourceExt.includes(external_node_path_.extname(executableFile));

    let proc;
    if (external_node_process_namespaceObject.platform !== 'win32') {
      if (launchWithNode) {
        args.unshift(executableFile);
        // add executable arguments to spawn
        args = incrementNodeInspectorPort(external_node_process_namespaceObject.execArgv).concat(args);

        proc = external_node_child_process_.spawn(external_node_process_namespaceObject.argv[0], args, { stdio: 'inherit' });
      } else {
        proc = external_node_child_process_.spawn(executableFile, args, { stdio: 'inherit' });
      }
    } else {
      this._checkForMissingExecutable(
        executableFile,
        executableDir,
        subcommand._name,
      );
      args.unshift(executableFile);
      // add executable arguments to spawn
      args = incrementNodeInspectorPort(external_node_process_namespaceObject.execArgv).concat(args);
      proc = external_node_child_process_.spawn(external_node_process_namespaceObject.execPath, args, { stdio: 'inherit' });
    }

    if (!proc.killed) {
      // testing mainly to avoid leak warnings during unit tests with mocked spawn
      const signals = ['SIGUSR1', 'SIGUSR2', 'SIGTERM', 'SIGINT', 'SIGHUP'];
      signals.forEach((signal) => {
        external_node_process_namespaceObject.on(signal, () => {
          if (proc.killed === false && proc.exitCode === null) {
            // @ts-ignore because signals not typed to known strings
            proc.kill(signal);
          }
        });
      });
    }

    // By default terminate process when spawned process terminates.
    const exitCallback = this._exitCallback;
    proc.on('close', (code) => {
      code = code ?? 1; // code is null if spawned process terminated due to a signal
      if (!exitCallback) {
        external_node_process_namespaceObject.exit(code);
      } else {
        exitCallback(
          new CommanderError(
            code,
            'commander.executeSubCommandAsync',
            '(close)',
          ),
        );
      }
    });
    proc.on('error', (err) => {
      // @ts-ignore: because err.code is an unknown property
      if (err.code === 'ENOENT') {
        this._checkForMissingExecutable(
          executableFile,
          executableDir,
          subcommand._name,
        );
        // @ts-ignore: because err.code is an unknown property
      } else if (err.code === 'EACCES') {
        throw new Error(`'${executableFile}' not executable`);
      }
      if (!exitCallback) {
        external_node_process_namespaceObject.exit(1);
      } else {
        const wrappedError = new CommanderError(
          1,
          'commander.executeSubCommandAsync',
          '(error)',
        );
        wrappedError.nestedError = err;
        exitCallback(wrappedError);
      }
    });

    // Store the reference to the child process
    this.runningCommand = proc;
  }

  /**
   * @private
   */

  _dispatchSubcommand(commandName, operands, unknown) {
    const subCommand = this._findCommand(commandName);
    if (!subCommand) this.help({ error: true });

    subCommand._prepareForParse();
    let promiseChain;
    promiseChain = this._chainOrCallSubCommandHook(
      promiseChain,
      subCommand,
      'preSubcommand',
    );
    promiseChain = this._chainOrCall(promiseChain, () => {
      if (subCommand._executableHandler) {
        this._executeSubCommand(subCommand, operands.concat(unknown));
      } else {
        return subCommand._parseCommand(operands, unknown);
      }
    });
    return promiseChain;
  }

  /**
   * Invoke help directly if possible, or dispatch if necessary.
   * e.g. help foo
   *
   * @private
   */

  _dispatchHelpCommand(subcommandName) {
    if (!subcommandName) {
      this.help();
    }
    const subCommand = this._findCommand(subcommandName);
    if (subCommand && !subCommand._executableHandler) {
      subCommand.help();
    }

    // Fallback to parsing the help flag to invoke the help.
    return this._dispatchSubcommand(
      subcommandName,
      [],
      [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? '--help'],
    );
  }

  /**
   * Check this.args against expected this.registeredArguments.
   *
   * @private
   */

  _checkNumberOfArguments() {
    // too few
    this.registeredArguments.forEach((arg, i) => {
      if (arg.required && this.args[i] == null) {
        this.missingArgument(arg.name());
      }
    });
    // too many
    if (
      this.registeredArguments.length > 0 &&
      this.registeredArguments[this.registeredArguments.length - 1].variadic
    ) {
      return;
    }
    if (this.args.length > this.registeredArguments.length) {
      this._excessArguments(this.args);
    }
  }

  /**
   * Process this.args using this.registeredArguments and save as this.processedArgs!
   *
   * @private
   */

  _processArguments() {
    const myParseArg = (argument, value, previous) => {
      // Extra processing for nice error message on parsing failure.
      let parsedValue = value;
      if (value !== null && argument.parseArg) {
        const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
        parsedValue = this._callParseArg(
          argument,
          value,
          previous,
          invalidValueMessage,
        );
      }
      return parsedValue;
    };

    this._checkNumberOfArguments();

    const processedArgs = [];
    this.registeredArguments.forEach((declaredArg, index) => {
      let value = declaredArg.defaultValue;
      if (declaredArg.variadic) {
        // Collect together remaining arguments for passing together as an array.
        if (index < this.args.length) {
          value = this.args.slice(index);
          if (declaredArg.parseArg) {
            value = value.reduce((processed, v) => {
              return myParseArg(declaredArg, v, processed);
            }, declaredArg.defaultValue);
          }
        } else if (value === undefined) {
          value = [];
        }
      } else if (index < this.args.length) {
        value = this.args[index];
        if (declaredArg.parseArg) {
          value = myParseArg(declaredArg, value, declaredArg.defaultValue);
        }
      }
      processedArgs[index] = value;
    });
    this.processedArgs = processedArgs;
  }

  /**
   * Once we have a promise we chain, but call synchronously until then.
   *
   * @param {(Promise|undefined)} promise
   * @param {Function} fn
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCall(promise, fn) {
    // thenable
    if (promise?.then && typeof promise.then === 'function') {
      // already have a promise, chain callback
      return promise.then(() => fn());
    }
    // callback might return a promise
    return fn();
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallHooks(promise, event) {
    let result = promise;
    const hooks = [];
    this._getCommandAndAncestors()
      .reverse()
      .filter((cmd) => cmd._lifeCycleHooks[event] !== undefined)
      .forEach((hookedCommand) => {
        hookedCommand._lifeCycleHooks[event].forEach((callback) => {
          hooks.push({ hookedCommand, callback });
        });
      });
    if (event === 'postAction') {
      hooks.reverse();
    }

    hooks.forEach((hookDetail) => {
      result = this._chainOrCall(result, () => {
        return hookDetail.callback(hookDetail.hookedCommand, this);
      });
    });
    return result;
  }

  /**
   *
   * @param {(Promise|undefined)} promise
   * @param {Command} subCommand
   * @param {string} event
   * @return {(Promise|undefined)}
   * @private
   */

  _chainOrCallSubCommandHook(promise, subCommand, event) {
    let result = promise;
    if (this._lifeCycleHooks[event] !== undefined) {
      this._lifeCycleHooks[event].forEach((hook) => {
        result = this._chainOrCall(result, () => {
          return hook(this, subCommand);
        });
      });
    }
    return result;
  }

  /**
   * Process arguments in context of this command.
   * Returns action result, in case it is a promise.
   *
   * @private
   */

  _parseCommand(operands, unknown) {
    const parsed = this.parseOptions(unknown);
    this._parseOptionsEnv(); // after cli, so parseArg not called on both cli and env
    this._parseOptionsImplied();
    operands = operands.concat(parsed.operands);
    unknown = parsed.unknown;
    this.args = operands.concat(unknown);

    if (operands && this._findCommand(operands[0])) {
      return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
    }
    if (
      this._getHelpCommand() &&
      operands[0] === this._getHelpCommand().name()
    ) {
      return this._dispatchHelpCommand(operands[1]);
    }
    if (this._defaultCommandName) {
      this._outputHelpIfRequested(unknown); // Run the help for default command from parent rather than passing to default command
      return this._dispatchSubcommand(
        this._defaultCommandName,
        operands,
        unknown,
      );
    }
    if (
      this.commands.length &&
      this.args.length === 0 &&
      !this._actionHandler &&
      !this._defaultCommandName
    ) {
      // probably missing subcommand and no handler, user needs help (and exit)
      this.help({ error: true });
    }

    this._outputHelpIfRequested(parsed.unknown);
    this._checkForMissingMandatoryOptions();
    this._checkForConflictingOptions();

    // We do not always call this check to avoid masking a "better" error, like unknown command.
    const checkForUnknownOptions = () => {
      if (parsed.unknown.length > 0) {
        this.unknownOption(parsed.unknown[0]);
      }
    };

    const commandEvent = `command:${this.name()}`;
    if (this._actionHandler) {
      checkForUnknownOptions();
      this._processArguments();

      let promiseChain;
      promiseChain = this._chainOrCallHooks(promiseChain, 'preAction');
      promiseChain = this._chainOrCall(promiseChain, () =>
        this._actionHandler(this.processedArgs),
      );
      if (this.parent) {
        promiseChain = this._chainOrCall(promiseChain, () => {
          this.parent.emit(commandEvent, operands, unknown); // legacy
        });
      }
      promiseChain = this._chainOrCallHooks(promiseChain, 'postAction');
      return promiseChain;
    }
    if (this.parent?.listenerCount(commandEvent)) {
      checkForUnknownOptions();
      this._processArguments();
      this.parent.emit(commandEvent, operands, unknown); // legacy
    } else if (operands.length) {
      if (this._findCommand('*')) {
        // legacy default command
        return this._dispatchSubcommand('*', operands, unknown);
      }
      if (this.listenerCount('command:*')) {
        // skip option check, emit event for possible misspelling suggestion
        this.emit('command:*', operands, unknown);
      } else if (this.commands.length) {
        this.unknownCommand();
      } else {
        checkForUnknownOptions();
        this._processArguments();
      }
    } else if (this.commands.length) {
      checkForUnknownOptions();
      // This command has subcommands and nothing hooked up at this level, so display help (and exit).
      this.help({ error: true });
    } else {
      checkForUnknownOptions();
      this._processArguments();
      // fall through for caller to handle after calling .parse()
    }
  }

  /**
   * Find matching command.
   *
   * @private
   * @return {Command | undefined}
   */
  _findCommand(name) {
    if (!name) return undefined;
    return this.commands.find(
      (cmd) => cmd._name === name || cmd._aliases.includes(name),
    );
  }

  /**
   * Return an option matching `arg` if any.
   *
   * @param {string} arg
   * @return {Option}
   * @package
   */

  _findOption(arg) {
    return this.options.find((option) => option.is(arg));
  }

  /**
   * Display an error message if a mandatory option does not have a value.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */

  _checkForMissingMandatoryOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd.options.forEach((anOption) => {
        if (
          anOption.mandatory &&
          cmd.getOptionValue(anOption.attributeName()) === undefined
        ) {
          cmd.missingMandatoryOptionValue(anOption);
        }
      });
    });
  }

  /**
   * Display an error message if conflicting options are used together in this.
   *
   * @private
   */
  _checkForConflictingLocalOptions() {
    const definedNonDefaultOptions = this.options.filter((option) => {
      const optionKey = option.attributeName();
      if (this.getOptionValue(optionKey) === undefined) {
        return false;
      }
      return this.getOptionValueSource(optionKey) !== 'default';
    });

    const optionsWithConflicting = definedNonDefaultOptions.filter(
      (option) => option.conflictsWith.length > 0,
    );

    optionsWithConflicting.forEach((option) => {
      const conflictingAndDefined = definedNonDefaultOptions.find((defined) =>
        option.conflictsWith.includes(defined.attributeName()),
      );
      if (conflictingAndDefined) {
        this._conflictingOption(option, conflictingAndDefined);
      }
    });
  }

  /**
   * Display an error message if conflicting options are used together.
   * Called after checking for help flags in leaf subcommand.
   *
   * @private
   */
  _checkForConflictingOptions() {
    // Walk up hierarchy so can call in subcommand after checking for displaying help.
    this._getCommandAndAncestors().forEach((cmd) => {
      cmd._checkForConflictingLocalOptions();
    });
  }

  /**
   * Parse options from `argv` removing known options,
   * and return argv split into operands and unknown arguments.
   *
   * Side effects: modifies command by storing options. Does not reset state if called again.
   *
   * Examples:
   *
   *     argv => operands, unknown
   *     --known kkk op => [op], []
   *     op --known kkk => [op], []
   *     sub --unknown uuu op => [sub], [--unknown uuu op]
   *     sub -- --unknown uuu op => [sub --unknown uuu op], []
   *
   * @param {string[]} args
   * @return {{operands: string[], unknown: string[]}}
   */

  parseOptions(args) {
    const operands = []; // operands, not options or values
    const unknown = []; // first unknown option and remaining unknown args
    let dest = operands;

    function maybeOption(arg) {
      return arg.length > 1 && arg[0] === '-';
    }

    const negativeNumberArg = (arg) => {
      // return false if not a negative number
      if (!/^-(\d+|\d*\.\d+)([eE][+-]?\d+)?$/.test(arg)) return false;
      // negative number is ok unless digit used as an option in command hierarchy
      return !this._getCommandAndAncestors().some((cmd) =>
        cmd.options
          .map((opt) => opt.short)
          .some((short) => /^-\d$/.test(short)),
      );
    };

    // parse options
    let activeVariadicOption = null;
    let activeGroup = null; // working through group of short options, like -abc
    let i = 0;
    while (i < args.length || activeGroup) {
      const arg = activeGroup ?? args[i++];
      activeGroup = null;

      // literal
      if (arg === '--') {
        if (dest === unknown) dest.push(arg);
        dest.push(...args.slice(i));
        break;
      }

      if (
        activeVariadicOption &&
        (!maybeOption(arg) || negativeNumberArg(arg))
      ) {
        this.emit(`option:${activeVariadicOption.name()}`, arg);
        continue;
      }
      activeVariadicOption = null;

      if (maybeOption(arg)) {
        const option = this._findOption(arg);
        // recognised option, call listener to assign value with possible custom processing
        if (option) {
          if (option.required) {
            const value = args[i++];
            if (value === undefined) this.optionMissingArgument(option);
            this.emit(`option:${option.name()}`, value);
          } else if (option.optional) {
            let value = null;
            // historical behaviour is optional value is following arg unless an option
            if (
              i < args.length &&
              (!maybeOption(args[i]) || negativeNumberArg(args[i]))
            ) {
              value = args[i++];
            }
            this.emit(`option:${option.name()}`, value);
          } else {
            // boolean flag
            this.emit(`option:${option.name()}`);
          }
          activeVariadicOption = option.variadic ? option : null;
          continue;
        }
      }

      // Look for combo options following single dash, eat first one if known.
      if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
        const option = this._findOption(`-${arg[1]}`);
        if (option) {
          if (
            option.required ||
            (option.optional && this._combineFlagAndOptionalValue)
          ) {
            // option with value following in same argument
            this.emit(`option:${option.name()}`, arg.slice(2));
          } else {
            // boolean option
            this.emit(`option:${option.name()}`);
            // remove the processed option and keep processing group
            activeGroup = `-${arg.slice(2)}`;
          }
          continue;
        }
      }

      // Look for known long flag with value, like --foo=bar
      if (/^--[^=]+=/.test(arg)) {
        const index = arg.indexOf('=');
        const option = this._findOption(arg.slice(0, index));
        if (option && (option.required || option.optional)) {
          this.emit(`option:${option.name()}`, arg.slice(index + 1));
          continue;
        }
      }

      // Not a recognised option by this command.
      // Might be a command-argument, or subcommand option, or unknown option, or help command or option.

      // An unknown option means further arguments also classified as unknown so can be reprocessed by subcommands.
      // A negative number in a leaf command is not an unknown option.
      if (
        dest === operands &&
        maybeOption(arg) &&
        !(this.commands.length === 0 && negativeNumberArg(arg))
      ) {
        dest = unknown;
      }

      // If using positionalOptions, stop processing our options at subcommand.
      if (
        (this._enablePositionalOptions || this._passThroughOptions) &&
        operands.length === 0 &&
        unknown.length === 0
      ) {
        if (this._findCommand(arg)) {
          operands.push(arg);
          unknown.push(...args.slice(i));
          break;
        } else if (
          this._getHelpCommand() &&
          arg === this._getHelpCommand().name()
        ) {
          operands.push(arg, ...args.slice(i));
          break;
        } else if (this._defaultCommandName) {
          unknown.push(arg, ...args.slice(i));
          break;
        }
      }

      // If using passThroughOptions, stop processing options at first command-argument.
      if (this._passThroughOptions) {
        dest.push(arg, ...args.slice(i));
        break;
      }

      // add arg
      dest.push(arg);
    }

    return { operands, unknown };
  }

  /**
   * Return an object containing local option values as key-value pairs.
   *
   * @return {object}
   */
  opts() {
    if (this._storeOptionsAsProperties) {
      // Preserve original behaviour so backwards compatible when still using properties
      const result = {};
      const len = this.options.length;

      for (let i = 0; i < len; i++) {
        const key = this.options[i].attributeName();
        result[key] =
          key === this._versionOptionName ? this._version : this[key];
      }
      return result;
    }

    return this._optionValues;
  }

  /**
   * Return an object containing merged local and global option values as key-value pairs.
   *
   * @return {object}
   */
  optsWithGlobals() {
    // globals overwrite locals
    return this._getCommandAndAncestors().reduce(
      (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
      {},
    );
  }

  /**
   * Display error message and exit (or call exitOverride).
   *
   * @param {string} message
   * @param {object} [errorOptions]
   * @param {string} [errorOptions.code] - an id string representing the error
   * @param {number} [errorOptions.exitCode] - used with process.exit
   */
  error(message, errorOptions) {
    // output handling
    this._outputConfiguration.outputError(
      `${message}\n`,
      this._outputConfiguration.writeErr,
    );
    if (typeof this._showHelpAfterError === 'string') {
      this._outputConfiguration.writeErr(`${this._showHelpAfterError}\n`);
    } else if (this._showHelpAfterError) {
      this._outputConfiguration.writeErr('\n');
      this.outputHelp({ error: true });
    }

    // exit handling
    const config = errorOptions || {};
    const exitCode = config.exitCode || 1;
    const code = config.code || 'commander.error';
    this._exit(exitCode, code, message);
  }

  /**
   * Apply any option related environment variables, if option does
   * not have a value from cli or client code.
   *
   * @private
   */
  _parseOptionsEnv() {
    this.options.forEach((option) => {
      if (option.envVar && option.envVar in external_node_process_namespaceObject.env) {
        const optionKey = option.attributeName();
        // Priority check. Do not overwrite cli or options from unknown source (client-code).
        if (
          this.getOptionValue(optionKey) === undefined ||
          ['default', 'config', 'env'].includes(
            this.getOptionValueSource(optionKey),
          )
        ) {
          if (option.required || option.optional) {
            // option can take a value
            // keep very simple, optional always takes value
            this.emit(`optionEnv:${option.name()}`, external_node_process_namespaceObject.env[option.envVar]);
          } else {
            // boolean
            // keep very simple, only care that envVar defined and not the value
            this.emit(`optionEnv:${option.name()}`);
          }
        }
      }
    });
  }

  /**
   * Apply any implied option values, if option is undefined or default value.
   *
   * @private
   */
  _parseOptionsImplied() {
    const dualHelper = new DualOptions(this.options);
    const hasCustomOptionValue = (optionKey) => {
      return (
        this.getOptionValue(optionKey) !== undefined &&
        !['default', 'implied'].includes(this.getOptionValueSource(optionKey))
      );
    };
    this.options
      .filter(
        (option) =>
          option.implied !== undefined &&
          hasCustomOptionValue(option.attributeName()) &&
          dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option,
          ),
      )
      .forEach((option) => {
        Object.keys(option.implied)
          .filter((impliedKey) => !hasCustomOptionValue(impliedKey))
          .forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              'implied',
            );
          });
      });
  }

  /**
   * Argument `name` is missing.
   *
   * @param {string} name
   * @private
   */

  missingArgument(name) {
    const message = `error: missing required argument '${name}'`;
    this.error(message, { code: 'commander.missingArgument' });
  }

  /**
   * `Option` is missing an argument.
   *
   * @param {Option} option
   * @private
   */

  optionMissingArgument(option) {
    const message = `error: option '${option.flags}' argument missing`;
    this.error(message, { code: 'commander.optionMissingArgument' });
  }

  /**
   * `Option` does not have a value, and is a mandatory option.
   *
   * @param {Option} option
   * @private
   */

  missingMandatoryOptionValue(option) {
    const message = `error: required option '${option.flags}' not specified`;
    this.error(message, { code: 'commander.missingMandatoryOptionValue' });
  }

  /**
   * `Option` conflicts with another option.
   *
   * @param {Option} option
   * @param {Option} conflictingOption
   * @private
   */
  _conflictingOption(option, conflictingOption) {
    // The calling code does not know whether a negated option is the source of the
    // value, so do some work to take an educated guess.
    const findBestOptionFromValue = (option) => {
      const optionKey = option.attributeName();
      const optionValue = this.getOptionValue(optionKey);
      const negativeOption = this.options.find(
        (target) => target.negate && optionKey === target.attributeName(),
      );
      const positiveOption = this.options.find(
        (target) => !target.negate && optionKey === target.attributeName(),
      );
      if (
        negativeOption &&
        ((negativeOption.presetArg === undefined && optionValue === false) ||
          (negativeOption.presetArg !== undefined &&
            optionValue === negativeOption.presetArg))
      ) {
        return negativeOption;
      }
      return positiveOption || option;
    };

    const getErrorMessage = (option) => {
      const bestOption = findBestOptionFromValue(option);
      const optionKey = bestOption.attributeName();
      const source = this.getOptionValueSource(optionKey);
      if (source === 'env') {
        return `environment variable '${bestOption.envVar}'`;
      }
      return `option '${bestOption.flags}'`;
    };

    const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
    this.error(message, { code: 'commander.conflictingOption' });
  }

  /**
   * Unknown option `flag`.
   *
   * @param {string} flag
   * @private
   */

  unknownOption(flag) {
    if (this._allowUnknownOption) return;
    let suggestion = '';

    if (flag.startsWith('--') && this._showSuggestionAfterError) {
      // Looping to pick up the global options too
      let candidateFlags = [];
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      let command = this;
      do {
        const moreFlags = command
          .createHelp()
          .visibleOptions(command)
          .filter((option) => option.long)
          .map((option) => option.long);
        candidateFlags = candidateFlags.concat(moreFlags);
        command = command.parent;
      } while (command && !command._enablePositionalOptions);
      suggestion = suggestSimilar(flag, candidateFlags);
    }

    const message = `error: unknown option '${flag}'${suggestion}`;
    this.error(message, { code: 'commander.unknownOption' });
  }

  /**
   * Excess arguments, more than expected.
   *
   * @param {string[]} receivedArgs
   * @private
   */

  _excessArguments(receivedArgs) {
    if (this._allowExcessArguments) return;

    const expected = this.registeredArguments.length;
    const s = expected === 1 ? '' : 's';
    const received = receivedArgs.length;
    const forSubcommand = this.parent ? ` for '${this.name()}'` : '';
    const details = receivedArgs.join(', ');
    const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${received}: ${details}.`;
    this.error(message, { code: 'commander.excessArguments' });
  }

  /**
   * Unknown command.
   *
   * @private
   */

  unknownCommand() {
    const unknownName = this.args[0];
    let suggestion = '';

    if (this._showSuggestionAfterError) {
      const candidateNames = [];
      this.createHelp()
        .visibleCommands(this)
        .forEach((command) => {
          candidateNames.push(command.name());
          // just visible alias
          if (command.alias()) candidateNames.push(command.alias());
        });
      suggestion = suggestSimilar(unknownName, candidateNames);
    }

    const message = `error: unknown command '${unknownName}'${suggestion}`;
    this.error(message, { code: 'commander.unknownCommand' });
  }

  /**
   * Get or set the program version.
   *
   * This method auto-registers the "-V, --version" option which will print the version number.
   *
   * You can optionally supply the flags and description to override the defaults.
   *
   * @param {string} [str]
   * @param {string} [flags]
   * @param {string} [description]
   * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
   */

  version(str, flags, description) {
    if (str === undefined) return this._version;
    this._version = str;
    flags = flags || '-V, --version';
    description = description || 'output the version number';
    const versionOption = this.createOption(flags, description);
    this._versionOptionName = versionOption.attributeName();
    this._registerOption(versionOption);

    this.on('option:' + versionOption.name(), () => {
      this._outputConfiguration.writeOut(`${str}\n`);
      this._exit(0, 'commander.version', str);
    });
    return this;
  }

  /**
   * Set the description.
   *
   * @param {string} [str]
   * @param {object} [argsDescription]
   * @return {(string|Command)}
   */
  description(str, argsDescription) {
    if (str === undefined && argsDescription === undefined)
      return this._description;
    this._description = str;
    if (argsDescription) {
      this._argsDescription = argsDescription;
    }
    return this;
  }

  /**
   * Set the summary. Used when listed as subcommand of parent.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */
  summary(str) {
    if (str === undefined) return this._summary;
    this._summary = str;
    return this;
  }

  /**
   * Set an alias for the command.
   *
   * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
   *
   * @param {string} [alias]
   * @return {(string|Command)}
   */

  alias(alias) {
    if (alias === undefined) return this._aliases[0]; // just return first, for backwards compatibility

    /** @type {Command} */
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let command = this;
    if (
      this.commands.length !== 0 &&
      this.commands[this.commands.length - 1]._executableHandler
    ) {
      // assume adding alias for last added executable subcommand, rather than this
      command = this.commands[this.commands.length - 1];
    }

    if (alias === command._name)
      throw new Error("Command alias can't be the same as its name");
    const matchingCommand = this.parent?._findCommand(alias);
    if (matchingCommand) {
      // c.f. _registerCommand
      const existingCmd = [matchingCommand.name()]
        .concat(matchingCommand.aliases())
        .join('|');
      throw new Error(
        `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`,
      );
    }

    command._aliases.push(alias);
    return this;
  }

  /**
   * Set aliases for the command.
   *
   * Only the first alias is shown in the auto-generated help.
   *
   * @param {string[]} [aliases]
   * @return {(string[]|Command)}
   */

  aliases(aliases) {
    // Getter for the array of aliases is the main reason for having aliases() in addition to alias().
    if (aliases === undefined) return this._aliases;

    aliases.forEach((alias) => this.alias(alias));
    return this;
  }

  /**
   * Set / get the command usage `str`.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  usage(str) {
    if (str === undefined) {
      if (this._usage) return this._usage;

      const args = this.registeredArguments.map((arg) => {
        return humanReadableArgName(arg);
      });
      return []
        .concat(
          this.options.length || this._helpOption !== null ? '[options]' : [],
          this.commands.length ? '[command]' : [],
          this.registeredArguments.length ? args : [],
        )
        .join(' ');
    }

    this._usage = str;
    return this;
  }

  /**
   * Get or set the name of the command.
   *
   * @param {string} [str]
   * @return {(string|Command)}
   */

  name(str) {
    if (str === undefined) return this._name;
    this._name = str;
    return this;
  }

  /**
   * Set/get the help group heading for this subcommand in parent command's help.
   *
   * @param {string} [heading]
   * @return {Command | string}
   */

  helpGroup(heading) {
    if (heading === undefined) return this._helpGroupHeading ?? '';
    this._helpGroupHeading = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for subcommands added to this command.
   * (This does not override a group set directly on the subcommand using .helpGroup().)
   *
   * @example
   * program.commandsGroup('Development Commands:');
   * program.command('watch')...
   * program.command('lint')...
   * ...
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  commandsGroup(heading) {
    if (heading === undefined) return this._defaultCommandGroup ?? '';
    this._defaultCommandGroup = heading;
    return this;
  }

  /**
   * Set/get the default help group heading for options added to this command.
   * (This does not override a group set directly on the option using .helpGroup().)
   *
   * @example
   * program
   *   .optionsGroup('Development Options:')
   *   .option('-d, --debug', 'output extra debugging')
   *   .option('-p, --profile', 'output profiling information')
   *
   * @param {string} [heading]
   * @returns {Command | string}
   */
  optionsGroup(heading) {
    if (heading === undefined) return this._defaultOptionGroup ?? '';
    this._defaultOptionGroup = heading;
    return this;
  }

  /**
   * @param {Option} option
   * @private
   */
  _initOptionGroup(option) {
    if (this._defaultOptionGroup && !option.helpGroupHeading)
      option.helpGroup(this._defaultOptionGroup);
  }

  /**
   * @param {Command} cmd
   * @private
   */
  _initCommandGroup(cmd) {
    if (this._defaultCommandGroup && !cmd.helpGroup())
      cmd.helpGroup(this._defaultCommandGroup);
  }

  /**
   * Set the name of the command from script filename, such as process.argv[1],
   * or import.meta.filename.
   *
   * (Used internally and public although not documented in README.)
   *
   * @example
   * program.nameFromFilename(import.meta.filename);
   *
   * @param {string} filename
   * @return {Command}
   */

  nameFromFilename(filename) {
    this._name = external_node_path_.basename(filename, external_node_path_.extname(filename));

    return this;
  }

  /**
   * Get or set the directory for searching for executable subcommands of this command.
   *
   * @example
   * program.executableDir(import.meta.dirname);
   * // or
   * program.executableDir('subcommands');
   *
   * @param {string} [path]
   * @return {(string|null|Command)}
   */

  executableDir(path) {
    if (path === undefined) return this._executableDir;
    this._executableDir = path;
    return this;
  }

  /**
   * Return program help documentation.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
   * @return {string}
   */

  helpInformation(contextOptions) {
    const helper = this.createHelp();
    const context = this._getOutputContext(contextOptions);
    helper.prepareContext({
      error: context.error,
      helpWidth: context.helpWidth,
      outputHasColors: context.hasColors,
    });
    const text = helper.formatHelp(this, helper);
    if (context.hasColors) return text;
    return this._outputConfiguration.stripColor(text);
  }

  /**
   * @typedef HelpContext
   * @type {object}
   * @property {boolean} error
   * @property {number} helpWidth
   * @property {boolean} hasColors
   * @property {function} write - includes stripColor if needed
   *
   * @returns {HelpContext}
   * @private
   */

  _getOutputContext(contextOptions) {
    contextOptions = contextOptions || {};
    const error = !!contextOptions.error;
    let baseWrite;
    let hasColors;
    let helpWidth;
    if (error) {
      baseWrite = (str) => this._outputConfiguration.writeErr(str);
      hasColors = this._outputConfiguration.getErrHasColors();
      helpWidth = this._outputConfiguration.getErrHelpWidth();
    } else {
      baseWrite = (str) => this._outputConfiguration.writeOut(str);
      hasColors = this._outputConfiguration.getOutHasColors();
      helpWidth = this._outputConfiguration.getOutHelpWidth();
    }
    const write = (str) => {
      if (!hasColors) str = this._outputConfiguration.stripColor(str);
      return baseWrite(str);
    };
    return { error, write, hasColors, helpWidth };
  }

  /**
   * Output help information for this command.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  outputHelp(contextOptions) {
    let deprecatedCallback;
    if (typeof contextOptions === 'function') {
      deprecatedCallback = contextOptions;
      contextOptions = undefined;
    }

    const outputContext = this._getOutputContext(contextOptions);
    /** @type {HelpTextEventContext} */
    const eventContext = {
      error: outputContext.error,
      write: outputContext.write,
      command: this,
    };

    this._getCommandAndAncestors()
      .reverse()
      .forEach((command) => command.emit('beforeAllHelp', eventContext));
    this.emit('beforeHelp', eventContext);

    let helpInformation = this.helpInformation({ error: outputContext.error });
    if (deprecatedCallback) {
      helpInformation = deprecatedCallback(helpInformation);
      if (
        typeof helpInformation !== 'string' &&
        !Buffer.isBuffer(helpInformation)
      ) {
        throw new Error('outputHelp callback must return a string or a Buffer');
      }
    }
    outputContext.write(helpInformation);

    if (this._getHelpOption()?.long) {
      this.emit(this._getHelpOption().long); // deprecated
    }
    this.emit('afterHelp', eventContext);
    this._getCommandAndAncestors().forEach((command) =>
      command.emit('afterAllHelp', eventContext),
    );
  }

  /**
   * You can pass in flags and a description to customise the built-in help option.
   * Pass in false to disable the built-in help option.
   *
   * @example
   * program.helpOption('-?, --help', 'show help'); // customise
   * program.helpOption(false); // disable
   *
   * @param {(string | boolean)} flags
   * @param {string} [description]
   * @return {Command} `this` command for chaining
   */

  helpOption(flags, description) {
    // Support enabling/disabling built-in help option.
    if (typeof flags === 'boolean') {
      if (flags) {
        if (this._helpOption === null) this._helpOption = undefined; // reenable
        if (this._defaultOptionGroup) {
          // make the option to store the group
          this._initOptionGroup(this._getHelpOption());
        }
      } else {
        this._helpOption = null; // disable
      }
      return this;
    }

    // Customise flags and description.
    this._helpOption = this.createOption(
      flags ?? '-h, --help',
      description ?? 'display help for command',
    );
    // init group unless lazy create
    if (flags || description) this._initOptionGroup(this._helpOption);

    return this;
  }

  /**
   * Lazy create help option.
   * Returns null if has been disabled with .helpOption(false).
   *
   * @returns {(Option | null)} the help option
   * @package
   */
  _getHelpOption() {
    // Lazy create help option on demand.
    if (this._helpOption === undefined) {
      this.helpOption(undefined, undefined);
    }
    return this._helpOption;
  }

  /**
   * Supply your own option to use for the built-in help option.
   * This is an alternative to using helpOption() to customise the flags and description etc.
   *
   * @param {Option} option
   * @return {Command} `this` command for chaining
   */
  addHelpOption(option) {
    this._helpOption = option;
    this._initOptionGroup(option);
    return this;
  }

  /**
   * Output help information and exit.
   *
   * Outputs built-in help, and custom text added using `.addHelpText()`.
   *
   * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
   */

  help(contextOptions) {
    this.outputHelp(contextOptions);
    let exitCode = Number(external_node_process_namespaceObject.exitCode ?? 0); // process.exitCode does allow a string or an integer, but we prefer just a number
    if (
      exitCode === 0 &&
      contextOptions &&
      typeof contextOptions !== 'function' &&
      contextOptions.error
    ) {
      exitCode = 1;
    }
    // message: do not have all displayed text available so only passing placeholder.
    this._exit(exitCode, 'commander.help', '(outputHelp)');
  }

  /**
   * // Do a little typing to coordinate emit and listener for the help text events.
   * @typedef HelpTextEventContext
   * @type {object}
   * @property {boolean} error
   * @property {Command} command
   * @property {function} write
   */

  /**
   * Add additional text to be displayed with the built-in help.
   *
   * Position is 'before' or 'after' to affect just this command,
   * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
   *
   * @param {string} position - before or after built-in help
   * @param {(string | Function)} text - string to add, or a function returning a string
   * @return {Command} `this` command for chaining
   */

  addHelpText(position, text) {
    const allowedValues = ['beforeAll', 'before', 'after', 'afterAll'];
    if (!allowedValues.includes(position)) {
      throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
    }

    const helpEvent = `${position}Help`;
    this.on(helpEvent, (/** @type {HelpTextEventContext} */ context) => {
      let helpStr;
      if (typeof text === 'function') {
        helpStr = text({ error: context.error, command: context.command });
      } else {
        helpStr = text;
      }
      // Ignore falsy value when nothing to output.
      if (helpStr) {
        context.write(`${helpStr}\n`);
      }
    });
    return this;
  }

  /**
   * Output help information if help flags specified
   *
   * @param {Array} args - array of options to search for help flags
   * @private
   */

  _outputHelpIfRequested(args) {
    const helpOption = this._getHelpOption();
    const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
    if (helpRequested) {
      this.outputHelp();
      // (Do not have all displayed text available so only passing placeholder.)
      this._exit(0, 'commander.helpDisplayed', '(outputHelp)');
    }
  }
}

/**
 * Scan arguments and increment port number for inspect calls (to avoid conflicts when spawning new command).
 *
 * @param {string[]} args - array of arguments from node.execArgv
 * @returns {string[]}
 * @private
 */

function incrementNodeInspectorPort(args) {
  // Testing for these options:
  //  --inspect[=[host:]port]
  //  --inspect-brk[=[host:]port]
  //  --inspect-wait[=[host:]port]
  //  --inspect-port=[host:]port
  //
  // Host can be an IP literal encapsulated within square brackets (e.g. [::1]),
  // an IPv4 address in dotted-decimal form (e.g. 192.168.0.1), or a registered name.
  // https://www.rfc-editor.org/rfc/rfc3986.html#section-3.2.2
  return args.map((arg) => {
    if (!arg.startsWith('--inspect')) {
      return arg;
    }
    let debugOption;
    let debugHost = '127.0.0.1';
    let debugPort = '9229';
    let match;
    if ((match = arg.match(/^(--inspect(-brk|-wait)?)$/)) !== null) {
      // e.g. --inspect
      debugOption = match[1];
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+)$/,
      )) !== null
    ) {
      // Matches a host or a port, but not both. No colon to separate them.
      debugOption = match[1];
      if (/^\d+$/.test(match[3])) {
        // Plain digits so a port number.
        // e.g. --inspect=1234
        debugPort = match[3];
      } else {
        // Assume a host.
        // e.g. --inspect=localhost, --inspect=[::1], --inspect=192.168.0.1
        debugHost = match[3];
      }
    } else if (
      (match = arg.match(
        /^(--inspect(-brk|-port|-wait)?)=(\[[^\]]+\]|[^:]+):(\d+)$/,
      )) !== null
    ) {
      // Matched host:port pattern.
      // e.g. --inspect=localhost:1234, --inspect=[::1]:1234, --inspect=192.168.0.1:1234
      debugOption = match[1];
      debugHost = match[3];
      debugPort = match[4];
    }

    if (debugOption && debugPort !== '0') {
      return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
    }
    return arg;
  });
}

/**
 * Exported for using from tests, not otherwise used outside this file.
 *
 * @returns {boolean | undefined}
 * @package
 */
function useColor() {
  // Test for common conventions.
  // NB: the observed behaviour is in combination with how author adds color! For example:
  //   - we do not test NODE_DISABLE_COLORS, but util:styletext does
  //   - we do test NO_COLOR, but Chalk does not
  //
  // References:
  // https://no-color.org
  // https://bixense.com/clicolors/
  // https://github.com/nodejs/node/blob/0a00217a5f67ef4a22384cfc80eb6dd9a917fdc1/lib/internal/tty.js#L109
  // https://github.com/chalk/supports-color/blob/c214314a14bcb174b12b3014b2b0a8de375029ae/index.js#L33
  // (https://force-color.org recent web page from 2023, does not match major javascript implementations)

  if (
    external_node_process_namespaceObject.env.NO_COLOR ||
    external_node_process_namespaceObject.env.FORCE_COLOR === '0' ||
    external_node_process_namespaceObject.env.FORCE_COLOR === 'false'
  )
    return false;
  if (external_node_process_namespaceObject.env.FORCE_COLOR || external_node_process_namespaceObject.env.CLICOLOR_FORCE !== undefined)
    return true;
  return undefined;
}

;// CONCATENATED MODULE: ../../work/main/node_modules/commander/index.js






const program = new command_Command();

const createCommand = (name) => new Command(name);
const createOption = (flags, description) =>
  new Option(flags, description);
const createArgument = (name, description) =>
  new Argument(name, description);

/**
 * Expose classes
 */





// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(23919);
// EXTERNAL MODULE: ./src/steps/build.ts + 2 modules
var build = __nccwpck_require__(76222);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/cli/version.ts
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/access.ts






/** Flags every registry-touching command shares. */
function addAccessOptions(cmd) {
    return cmd
        .addOption(new option_Option('--username <name>', 'registry user name (or LADING_REGISTRY_USERNAME)'))
        .addOption(new option_Option('--password-stdin', 'read the registry password from standard input'))
        .addOption(new option_Option('--insecure-registry <host>', 'talk plain HTTP (or skip TLS verification) to this registry; repeatable. Loopback is plain HTTP already.').argParser(collect));
}
/**
 * Credentials as the user gave them: flags, then environment, then the Docker
 * configuration (DOCKER_CONFIG or ~/.docker), which the OCI layer reads with its
 * credential helpers. The password never comes from a flag, so it is never in
 * `ps` or in shell history.
 */
async function accessFrom(flags, io) {
    // The environment comes from io.env, not commander's .env(): the CLI runs in-process in tests and actions.
    const username = flags.username ?? io.env.LADING_REGISTRY_USERNAME;
    let password = io.env.LADING_REGISTRY_PASSWORD;
    if (flags.passwordStdin) {
        if (!io.stdin)
            throw new errors/* InputError */.dz('--password-stdin: no standard input');
        const chunks = [];
        for await (const c of io.stdin)
            chunks.push(Buffer.from(c));
        password = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/\r?\n$/, '');
    }
    if (username && !password) {
        throw new errors/* InputError */.dz('--username needs a password: --password-stdin or LADING_REGISTRY_PASSWORD');
    }
    if (password && !username) {
        throw new errors/* InputError */.dz('a registry password was given without --username (or LADING_REGISTRY_USERNAME)');
    }
    return {
        ...(username && password ? { credentials: { username, password } } : {}),
        dockerConfigDir: io.env.DOCKER_CONFIG || (0,external_node_path_.join)(io.env.HOME || (0,external_node_os_.homedir)(), '.docker'),
        insecureRegistries: flags.insecureRegistry ?? [],
        userAgent: `lading/${VERSION}`,
        cwd: io.cwd,
    };
}

;// CONCATENATED MODULE: ./src/cli/reporter.ts
/** Progress on stderr, so stdout stays for results that scripts read. */
function cliReporter(io, verbose = false) {
    return {
        info: (m) => io.stderr.write(`${m}\n`),
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
        debug: (m) => {
            if (verbose)
                io.stderr.write(`debug: ${m}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/build.ts





function registerBuild(program, ctx) {
    addAccessOptions(program
        .command('build')
        .description('build a reproducible image from directories, daemonless (no Docker); FROM scratch only for now')
        .requiredOption('--dir <SRC[:DEST]>', 'a directory to add as one layer at DEST (default /); repeatable', collect)
        .requiredOption('--output <DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
        .option('--platform <os/arch[/variant]>', 'platform written into the image config', 'linux/amd64')
        .option('--entrypoint <json>', 'entrypoint as a JSON array, e.g. \'["node","server.js"]\'')
        .option('--cmd <json>', 'command as a JSON array')
        .option('--env <NAME=VALUE>', 'environment variable; repeatable', collect)
        .option('--workdir <DIR>', 'working directory')
        .option('--label <KEY=VALUE>', 'label (also a manifest annotation); repeatable', collect)
        .option('--source-date-epoch <seconds>', 'timestamp for the image and its files (or SOURCE_DATE_EPOCH)')
        .option('--json', 'print the result as JSON on stdout')).action(async (flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const created = flags.sourceDateEpoch === undefined ? 0 : Number(flags.sourceDateEpoch);
        if (!Number.isSafeInteger(created) || created < 0) {
            throw new errors/* InputError */.dz(`--source-date-epoch: "${flags.sourceDateEpoch}" is not a whole number of seconds`);
        }
        const result = await (0,build/* buildStep */.R)({
            dirs: flags.dir,
            output: flags.output,
            platform: flags.platform,
            created,
            ...(flags.entrypoint ? { entrypoint: jsonArray(flags.entrypoint, '--entrypoint') } : {}),
            ...(flags.cmd ? { cmd: jsonArray(flags.cmd, '--cmd') } : {}),
            ...(flags.env ? { env: flags.env.map((e) => pair(e, '--env') && e) } : {}),
            ...(flags.workdir ? { workingDir: flags.workdir } : {}),
            ...(flags.label
                ? { labels: Object.fromEntries(flags.label.map((l) => pair(l, '--label'))) }
                : {}),
            access,
        }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : `${result.output}\n`);
    });
}
function jsonArray(text, flag) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${flag}: not JSON: ${text}`);
    }
    if (!Array.isArray(parsed) || parsed.some((s) => typeof s !== 'string')) {
        throw new errors/* InputError */.dz(`${flag}: expected a JSON array of strings`);
    }
    return parsed;
}
function pair(text, flag) {
    const i = text.indexOf('=');
    if (i <= 0)
        throw new errors/* InputError */.dz(`${flag}: "${text}" is not KEY=VALUE`);
    return [text.slice(0, i), text.slice(i + 1)];
}

// EXTERNAL MODULE: ./src/steps/copy.ts + 1 modules
var copy = __nccwpck_require__(88374);
;// CONCATENATED MODULE: ./src/cli/commands/copy.ts



function registerCopy(program, ctx) {
    addAccessOptions(program
        .command('copy')
        .description('copy an image (every platform, and its referrers) between registries, layouts and archives')
        .argument('<SOURCE>', 'image to copy')
        .argument('<DEST>', 'registry:REF, oci-dir:DIR[:TAG] or oci-archive:FILE[:TAG]')
        .option('--no-referrers', 'leave signatures, attestations and other referrers behind')
        .option('--json', 'print the result as JSON on stdout')).action(async (source, dest, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const result = await (0,copy/* copyStep */.K)({ source, destination: dest, referrers: flags.referrers, access }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        const b = result.blobs;
        ctx.io.stdout.write(`${result.destination}\n` +
            `  ${result.manifests} manifest(s); blobs: ${b.copied} copied (${b.bytes} bytes), ${b.exists} already there` +
            `${b.mounted ? `, ${b.mounted} mounted` : ''}${b.skippedForeign ? `, ${b.skippedForeign} foreign skipped` : ''}` +
            `; ${result.referrers.length} referrer(s)\n`);
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/db.ts







/** The default database directory: $LADING_DB_DIR, else $XDG_CACHE_HOME/lading/osv, else ~/.cache/lading/osv. */
function defaultDbDir(env) {
    if (env.LADING_DB_DIR)
        return env.LADING_DB_DIR;
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'lading', 'osv');
}
function hours(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0)
        throw new errors/* InputError */.dz(`--max-age: '${value}' is not a number of hours`);
    return n;
}
function registerDb(program, ctx) {
    program
        .command('db')
        .description('the OSV advisory database: fill or refresh it (update), or show what it holds (status)')
        .argument('<ACTION>', 'update | status')
        .option('--db <DIR>', 'database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
        .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV JSON/YAML files')
        .option('--ecosystem <NAME>', 'OSV ecosystem to fetch or show, e.g. npm, PyPI, Alpine; repeatable', collect)
        .option('--offline', 'never touch the network')
        .option('--max-age <HOURS>', 'data older than this that cannot be refreshed is stale', hours)
        .addOption(new option_Option('--on-stale <ACTION>', 'what stale data does').choices(['warn', 'fail']).default('warn'))
        .option('--full', 'refill from all.zip instead of refreshing incrementally')
        .option('--json', 'print the result as JSON on stdout')
        .action(async (action, flags, cmd) => {
        if (action !== 'update' && action !== 'status')
            throw new errors/* InputError */.dz(`db: action must be update or status, not "${action}"`);
        const { dbStatusStep, dbUpdateStep } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(776), __nccwpck_require__.e(638), __nccwpck_require__.e(768), __nccwpck_require__.e(670)]).then(__nccwpck_require__.bind(__nccwpck_require__, 54670));
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const options = {
            dir: flags.db ?? defaultDbDir(ctx.io.env),
            ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
            ecosystems: flags.ecosystem ?? [],
            offline: Boolean(flags.offline),
            ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
            onStale: flags.onStale,
            full: Boolean(flags.full),
            userAgent: `lading/${VERSION}`,
        };
        const result = action === 'update' ? await dbUpdateStep(options, reporter) : await dbStatusStep(options, reporter);
        ctx.io.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : table(result));
    });
}
function table(result) {
    const rows = result.ecosystems.map((e) => [
        e.ecosystem,
        String(e.records),
        e.fetchedAt ?? '-',
        e.ageHours === undefined ? '-' : `${e.ageHours}h${e.stale ? ' (stale)' : ''}`,
        e.lastModified ?? '-',
        e.action ?? '',
    ]);
    const head = ['ECOSYSTEM', 'ADVISORIES', 'FETCHED', 'AGE', 'LAST MODIFIED', 'THIS RUN'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => `${r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd()}\n`;
    const bytes = result.bytes > 0 ? `${result.bytes} bytes fetched in ${result.requests} request(s)\n` : '';
    return `${result.dir}\n${line(head)}${rows.map(line).join('')}${bytes}`;
}

;// CONCATENATED MODULE: ./src/report/inspect.ts
const PREDICATE_TYPE = 'dev.sigstore.bundle.predicateType';
/** Human-readable `lading inspect`: the facts a reviewer checks, in the order they check them. */
function renderInspect(r) {
    const lines = [];
    lines.push(`${r.source}`);
    lines.push(`  digest      ${r.descriptor.digest}`);
    lines.push(`  media type  ${r.descriptor.mediaType}`);
    lines.push(`  size        ${r.descriptor.size} bytes (manifest)`);
    if (r.platforms.length) {
        lines.push(`  platforms   ${r.platforms.length}`);
        for (const p of r.platforms)
            lines.push(`    ${p.platform.padEnd(20)} ${p.digest}`);
    }
    const img = r.image;
    if (img) {
        if (r.platforms.length)
            lines.push(`  image       ${img.descriptor.digest}`);
        if (img.platform)
            lines.push(`  platform    ${[img.platform.os, img.platform.architecture, img.platform.variant].filter(Boolean).join('/')}`);
        if (img.created)
            lines.push(`  created     ${img.created}`);
        lines.push(`  config      ${img.config.digest} (${img.config.mediaType})`);
        lines.push(`  layers      ${img.layers.length}, ${img.size} bytes with config`);
        for (const l of img.layers)
            lines.push(`    ${l.digest}  ${String(l.size).padStart(12)}  ${l.mediaType}`);
        const labels = Object.entries(img.labels);
        if (labels.length) {
            lines.push('  labels');
            for (const [k, v] of labels)
                lines.push(`    ${k}=${v}`);
        }
    }
    lines.push(...referrerLines('referrers', r.referrers));
    if (img && img.descriptor.digest !== r.descriptor.digest) {
        lines.push(...referrerLines('image referrers', img.referrers));
    }
    return `${lines.join('\n')}\n`;
}
function referrerLines(title, referrers) {
    if (!referrers.length)
        return [`  ${title}   none`];
    const out = [`  ${title}   ${referrers.length}`];
    for (const d of referrers) {
        const predicate = d.annotations?.[PREDICATE_TYPE];
        out.push(`    ${d.artifactType ?? '(no artifact type)'}  ${d.digest}${predicate ? `  ${predicate}` : ''}`);
    }
    return out;
}

// EXTERNAL MODULE: ./src/steps/inspect.ts
var inspect = __nccwpck_require__(57178);
;// CONCATENATED MODULE: ./src/cli/commands/inspect.ts



function registerInspect(program, ctx) {
    addAccessOptions(program
        .command('inspect')
        .description('show an image: digest, manifest, config, platforms and referrers, every digest verified')
        .argument('<SOURCE>', 'image to inspect')
        .option('--platform <os/arch[/variant]>', 'for an index, also detail the image of this platform')
        .option('--json', 'print the result as JSON on stdout')
        .option('--raw', 'print the manifest exactly as stored')).action(async (source, flags) => {
        const access = await accessFrom(flags, ctx.io);
        const result = await (0,inspect/* inspectStep */.x)({ source, platform: flags.platform, access });
        if (flags.raw)
            ctx.io.stdout.write(`${JSON.stringify(result.manifest, null, 2)}\n`);
        else if (flags.json)
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        else
            ctx.io.stdout.write(renderInspect(result));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/cli/commands/policy.ts



function registerPolicy(program, ctx) {
    program
        .command('policy')
        .description('Harbor project policy as code: plan (read-only), apply, or detect drift')
        .argument('<MODE>', 'plan | apply | drift')
        .requiredOption('--file <FILE>', 'the policy file (YAML), e.g. .github/registry-policy.yml')
        .option('--harbor <URL>', 'Harbor base URL, e.g. https://harbor.example.com (or LADING_HARBOR_URL)')
        .option('--username <NAME>', 'Harbor user or robot account (robot$…) (or LADING_HARBOR_USERNAME)')
        .option('--password-stdin', 'read the Harbor password or robot secret from standard input (else LADING_HARBOR_PASSWORD)')
        .option('--prune', 'delete rules, robots and webhooks the file does not list (only in kinds a project lists)')
        .option('--allow-many-immutability-rules', "allow more than the 15 rules Harbor's UI can show")
        .option('--markdown <FILE>', 'also write the plan as Markdown (job summary, pull-request comment)')
        .option('--secrets-file <FILE>', 'write the secrets of robot accounts created by apply to FILE (mode 0600); they are printed nowhere else')
        .action(async (mode, flags, cmd) => {
        if (mode !== 'plan' && mode !== 'apply' && mode !== 'drift') {
            throw new errors/* InputError */.dz(`policy: mode must be plan, apply or drift, not "${mode}"`);
        }
        flags.harbor ??= ctx.io.env.LADING_HARBOR_URL;
        flags.username ??= ctx.io.env.LADING_HARBOR_USERNAME;
        if (!flags.harbor)
            throw new errors/* InputError */.dz('policy: --harbor URL (or LADING_HARBOR_URL) is required');
        if (!flags.username)
            throw new errors/* InputError */.dz('policy: --username (or LADING_HARBOR_USERNAME) is required');
        const password = flags.passwordStdin ? await readStdin(ctx) : ctx.io.env.LADING_HARBOR_PASSWORD;
        if (!password)
            throw new errors/* InputError */.dz('policy: give the password with --password-stdin or LADING_HARBOR_PASSWORD');
        // Loaded on demand: the Harbor engine is not needed by any other command.
        const { runPolicy } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(72), __nccwpck_require__.e(238)]).then(__nccwpck_require__.bind(__nccwpck_require__, 238));
        const result = await runPolicy({
            mode,
            file: flags.file,
            harborUrl: flags.harbor,
            username: flags.username,
            password,
            prune: Boolean(flags.prune),
            allowManyImmutabilityRules: Boolean(flags.allowManyImmutabilityRules),
        }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        ctx.io.stdout.write(result.text);
        if (flags.markdown)
            await (0,promises_.writeFile)(flags.markdown, result.markdown);
        if (result.secrets.length) {
            if (flags.secretsFile) {
                await (0,promises_.writeFile)(flags.secretsFile, `${JSON.stringify(result.secrets, null, 2)}\n`, { mode: 0o600 });
                ctx.io.stderr.write(`${result.secrets.length} robot secret(s) written to ${flags.secretsFile}\n`);
            }
            else {
                ctx.io.stderr.write(`warning: ${result.secrets.length} robot account(s) created; their secrets were not kept (use --secrets-file)\n`);
            }
        }
        if (mode === 'apply' && result.apply && !result.apply.ok)
            ctx.setExit(errors/* ExitCode */.yU.failure);
        if (mode === 'drift' && result.drift.drifted)
            ctx.setExit(errors/* ExitCode */.yU.denied);
    });
}
async function readStdin(ctx) {
    if (!ctx.io.stdin)
        throw new errors/* InputError */.dz('--password-stdin: no standard input');
    const chunks = [];
    for await (const c of ctx.io.stdin)
        chunks.push(Buffer.from(c));
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./src/cli/commands/quickstart.ts








function registerQuickstart(program, ctx) {
    program
        .command('quickstart')
        .description("lading's main job on the embedded default, offline: build the example, carry it, inspect it")
        .option('--example <DIR>', 'directory to pack as the example image (default: the repository example/app)')
        .option('--work-dir <DIR>', 'where the OCI layouts are written (emptied first)', '.lading/quickstart')
        .action(async (flags, cmd) => {
        const exampleDir = (0,external_node_path_.resolve)(ctx.io.cwd, flags.example ?? defaultExample());
        if (!(0,external_node_fs_.existsSync)(exampleDir))
            throw new errors/* InputError */.dz(`quickstart: example directory ${exampleDir} does not exist`);
        const { quickstartStep } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(836), __nccwpck_require__.e(270), __nccwpck_require__.e(789)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2789));
        const result = await quickstartStep({
            exampleDir,
            workDir: (0,external_node_path_.resolve)(ctx.io.cwd, flags.workDir),
            created: Number(ctx.io.env.SOURCE_DATE_EPOCH ?? 0) || 0,
            access: await accessFrom({}, ctx.io),
            toolVersion: VERSION,
        }, cliReporter(ctx.io, cmd.optsWithGlobals().verbose));
        const sbom = result.sbom.results[0];
        const types = Object.entries(sbom?.byType ?? {})
            .map(([type, n]) => `${n} ${type}`)
            .join(', ');
        const files = sbom?.documents.map((d) => d.file).join(', ') ?? '';
        ctx.io.stdout.write(`built   ${result.build.output}\ncarried ${result.copy.destination}\n\n${renderInspect(result.inspect)}` +
            `\nsbom      ${sbom?.packages ?? 0} package(s)${types ? ` (${types})` : ''}\n          ${files}\n`);
    });
}
/** The example ships in the repository: two levels above the bundle (dist/cli/), three above this source file. */
function defaultExample() {
    const candidates = ['../../example/app', '../../../example/app'].map((p) => (0,external_node_url_.fileURLToPath)(new URL(p, import.meta.url)));
    return candidates.find((c) => (0,external_node_fs_.existsSync)(c)) ?? candidates[0];
}

// EXTERNAL MODULE: ./src/sbom/formats/index.ts + 3 modules
var formats = __nccwpck_require__(48154);
;// CONCATENATED MODULE: ./src/cli/commands/sbom.ts






/** Node's names for CPU architectures, as OCI platforms spell them. */
const OCI_ARCH = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
function hostPlatform() {
    return { os: 'linux', architecture: OCI_ARCH[process.arch] ?? process.arch };
}
/** SOURCE_DATE_EPOCH makes the documents reproducible; without it they carry the time of the run. */
function creationTime(env) {
    const raw = env.SOURCE_DATE_EPOCH;
    if (raw === undefined || raw === '')
        return new Date();
    const seconds = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(seconds)) {
        throw new errors/* InputError */.dz(`SOURCE_DATE_EPOCH: "${raw}" is not a whole number of seconds`);
    }
    return new Date(seconds * 1000);
}
function registerSbom(program, ctx) {
    addAccessOptions(program
        .command('sbom')
        .description('catalog the packages of an image or a source tree and write SPDX 2.3 / CycloneDX 1.6')
        .argument('<SOURCE>', 'image (any SOURCE scheme) or dir:PATH')
        .option('-o, --output <FORMAT[=FILE]>', 'spdx-json or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Without -o: a package table', collect)
        .option('--platform <os/arch[/variant]>', 'for an index, the platform image to catalog (default: this machine’s)')
        .option('--all-platforms', 'for an index, catalog every platform image: one SBOM each, FILE named per platform')).action(async (source, flags, cmd) => {
        if (flags.platform && flags.allPlatforms) {
            throw new errors/* InputError */.dz('--platform and --all-platforms: choose one');
        }
        const outputs = (flags.output ?? []).map((o) => (0,formats/* parseSbomOutput */.Av)(o, '-o'));
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        // Loaded on demand: the catalogers and their parsers are only needed here.
        const { sbomStep } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(836), __nccwpck_require__.e(270)]).then(__nccwpck_require__.bind(__nccwpck_require__, 56270));
        const result = await sbomStep({
            source,
            ...(flags.platform ? { platform: flags.platform } : {}),
            ...(flags.allPlatforms ? { allPlatforms: true } : {}),
            defaultPlatform: hostPlatform(),
            outputs,
            access,
            created: creationTime(ctx.io.env),
            toolVersion: VERSION,
        }, reporter);
        for (const r of result.results) {
            for (const d of r.documents)
                if (d.content !== undefined)
                    ctx.io.stdout.write(d.content);
        }
        if (outputs.length === 0)
            ctx.io.stdout.write(renderTable(result));
        reporter.info(summary(result));
    });
}
function summary(result) {
    const lines = [];
    for (const r of result.results) {
        const what = r.subject.kind === 'image' ? `${r.subject.name}@${r.subject.digest}` : `dir:${r.subject.name}`;
        const types = Object.entries(r.byType)
            .map(([t, n]) => `${n} ${t}`)
            .join(', ');
        lines.push(`${what}${r.platform ? ` (${r.platform})` : ''}: ${r.packages} package(s)${types ? ` (${types})` : ''}` +
            `${r.distro ? `; distro ${r.distro.prettyName}` : ''}` +
            `${r.subject.kind === 'image' ? `; ${r.layers.length} layer(s)` : ''}` +
            `${r.warnings.length ? `; ${r.warnings.length} warning(s)` : ''}`);
        for (const d of r.documents)
            if (d.file)
                lines.push(`  ${d.format}: ${d.file}`);
    }
    lines.push(`done in ${(result.durationMs / 1000).toFixed(2)} s`);
    return lines.join('\n');
}
/** syft's default table: NAME VERSION TYPE, columns padded. */
function renderTable(result) {
    const rows = [['NAME', 'VERSION', 'TYPE']];
    for (const r of result.results)
        for (const p of r.inventory.packages)
            rows.push([p.name, p.version, p.type]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
    return `${rows
        .map((row) => `${(row[0] ?? '').padEnd(widths[0] ?? 0)}  ${(row[1] ?? '').padEnd(widths[1] ?? 0)}  ${row[2] ?? ''}`)
        .join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/scan.ts







// `lading scan`: argv → scanStep options → exit code. The gate's "no" is exit 1,
// after every report was written.
const FAIL_ON = ['none', 'low', 'medium', 'high', 'critical'];
const UNKNOWN_AS = ['critical', 'high', 'medium', 'low', 'ignore'];
/** Node's names for CPU architectures, as OCI platforms spell them. */
const scan_OCI_ARCH = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' };
function scan_hostPlatform() {
    return { os: 'linux', architecture: scan_OCI_ARCH[process.arch] ?? process.arch };
}
function scan_hours(value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0)
        throw new errors/* InputError */.dz(`--max-age: '${value}' is not a number of hours`);
    return n;
}
/** LADING_NOW (RFC 3339) fixes the clock: allowlist expiry in reproducible runs and tests. */
function clock(env) {
    const raw = env.LADING_NOW;
    if (!raw)
        return new Date();
    const d = new Date(raw);
    if (Number.isNaN(d.getTime()))
        throw new errors/* InputError */.dz(`LADING_NOW: "${raw}" is not an RFC 3339 date-time`);
    return d;
}
function registerScan(program, ctx) {
    addAccessOptions(program
        .command('scan')
        .description('match an image, a source tree, an SBOM file or an SBOM attestation against OSV advisories; VEX, allowlist, gate, reports')
        .argument('<SOURCE>', 'any SOURCE `lading sbom` reads, sbom:FILE (SPDX/CycloneDX JSON) or attestation:IMAGE')
        .option('--db <DIR>', 'advisory database directory (default $LADING_DB_DIR or ~/.cache/lading/osv)')
        .option('--osv-url <URL>', 'OSV export base URL (a mirror) or a local directory of OSV files')
        .option('--offline', 'never touch the network: use the database as it is')
        .option('--max-age <HOURS>', 'advisory data older than this that cannot be refreshed is stale', scan_hours)
        .addOption(new option_Option('--on-stale <ACTION>', 'what stale advisory data does')
        .choices(['warn', 'fail'])
        .default('warn'))
        .option('--vex <FILE>', 'OpenVEX document; repeatable', collect)
        .option('--allowlist <FILE>', "allowlist YAML (id, reason, expires, package) or Harbor's CVE allowlist JSON")
        .option('--ignore-unfixed', 'suppress findings no fixed version exists for')
        .addOption(new option_Option('--fail-on <LEVEL>', 'exit 1 when an open finding is at or above LEVEL')
        .choices(FAIL_ON)
        .default('none'))
        .addOption(new option_Option('--unknown-as <LEVEL>', 'the severity an unknown-severity finding counts as in the gate')
        .choices(UNKNOWN_AS)
        .default('critical'))
        .option('--base <SOURCE>', 'compare with this SOURCE: only findings the change introduced fail the gate')
        .option('--platform <os/arch[/variant]>', 'for an index, the platform image to scan')
        .option('--dockerfile <FILE>', 'the Dockerfile that built the image, for SARIF locations')
        .option('-o, --output <FORMAT[=FILE]>', 'json, sarif, table or cyclonedx-json, to FILE or (at most one) to stdout; repeatable. Default: table', collect)).action(async (source, flags, cmd) => {
        // Loaded on demand: the advisory database and catalogers are not needed by other commands.
        const { parseScanOutput, scanStep } = await Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(776), __nccwpck_require__.e(836), __nccwpck_require__.e(638), __nccwpck_require__.e(705), __nccwpck_require__.e(270), __nccwpck_require__.e(768), __nccwpck_require__.e(641)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67641));
        const outputs = (flags.output ?? ['table']).map((o) => parseScanOutput(o, '-o'));
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const result = await scanStep({
            source,
            access,
            ...(flags.platform ? { platform: flags.platform } : {}),
            defaultPlatform: scan_hostPlatform(),
            db: {
                dir: flags.db ?? defaultDbDir(ctx.io.env),
                ...(flags.osvUrl ? { osvUrl: flags.osvUrl } : {}),
                offline: Boolean(flags.offline),
                ...(flags.maxAge !== undefined ? { maxAgeHours: flags.maxAge } : {}),
                onStale: flags.onStale,
                userAgent: `lading/${VERSION}`,
            },
            vex: flags.vex ?? [],
            ...(flags.allowlist ? { allowlist: flags.allowlist } : {}),
            ignoreUnfixed: Boolean(flags.ignoreUnfixed),
            failOn: flags.failOn,
            unknownAs: flags.unknownAs,
            ...(flags.base ? { base: flags.base } : {}),
            ...(flags.dockerfile ? { dockerfile: flags.dockerfile } : {}),
            outputs,
            now: clock(ctx.io.env),
            toolVersion: VERSION,
        }, reporter);
        for (const d of result.documents)
            if (d.content !== undefined)
                ctx.io.stdout.write(d.content);
        for (const d of result.documents)
            if (d.file)
                reporter.info(`${d.format}: ${d.file}`);
        if (!result.decision.passed)
            ctx.setExit(errors/* ExitCode */.yU.denied);
    });
}

;// CONCATENATED MODULE: ./src/github/oidc.ts

/** True when the job may ask the runner for an OIDC token. */
function hasActionsIdToken(env) {
    return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
/**
 * A token provider that asks the Actions runtime for an OIDC token, as
 * `@actions/core`'s getIDToken does: GET the request URL with `audience`
 * added, `Authorization: bearer <request token>`, answer `{"value": JWT}`.
 * Neither the request token nor the JWT ever appears in an error.
 */
function actionsIdTokenProvider(env, audience = 'sigstore', fetchImpl = fetch) {
    const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!requestUrl || !requestToken) {
        throw new errors/* InputError */.dz('no OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN are unset (give the job `permissions: id-token: write`, or sign with a key)');
    }
    let url;
    try {
        url = new URL(requestUrl);
    }
    catch {
        throw new errors/* InputError */.dz('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL');
    }
    url.searchParams.set('audience', audience);
    const where = `${url.origin}${url.pathname}`;
    return async () => {
        let res;
        try {
            res = await fetchImpl(url, {
                headers: { Authorization: `bearer ${requestToken}`, Accept: 'application/json' },
            });
        }
        catch (e) {
            throw new errors/* OperationError */.OK(`OIDC token request to ${where} failed: ${e.message}`);
        }
        if (res.status === 401 || res.status === 403) {
            throw new errors/* AuthError */.lR(`OIDC token request to ${where} was refused (HTTP ${res.status})`, res.status);
        }
        if (!res.ok)
            throw new errors/* OperationError */.OK(`OIDC token request to ${where} answered HTTP ${res.status}`);
        const body = (await res.json().catch(() => undefined));
        if (typeof body?.value !== 'string' || body.value.split('.').length !== 3) {
            throw new errors/* OperationError */.OK(`OIDC token request to ${where}: the answer has no JWT in "value"`);
        }
        return body.value;
    };
}

// EXTERNAL MODULE: ./src/sigstore/signature-format.ts
var signature_format = __nccwpck_require__(15375);
;// CONCATENATED MODULE: ./src/cli/commands/sign.ts








/** A file the user named, read whole; a missing file is bad input naming the flag. */
async function readUserFile(io, path, flag) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.resolve)(io.cwd, path), 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`${flag} ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
}
/** The key password comes from the environment only, never a flag (ps, shell history). */
function keyPassword(io) {
    return io.env.LADING_KEY_PASSWORD ?? io.env.COSIGN_PASSWORD;
}
function registerSign(program, ctx) {
    addAccessOptions(program
        .command('sign')
        .description("sign an image keylessly (OIDC → Fulcio → Rekor/TSA) or with a key, in cosign's formats")
        .argument('<IMAGE@DIGEST>', 'image to sign')
        .option('--key <file>', 'private key: cosign.key (password in LADING_KEY_PASSWORD or COSIGN_PASSWORD) or PKCS#8 PEM')
        .addOption(new option_Option('--signature-format <format>', 'bundle (cosign 3, OCI referrer), legacy (.sig tag, Harbor < 2.15) or both')
        .choices([...signature_format/* SIGNATURE_FORMATS */.g])
        .default('bundle'))
        .option('--signing-config <file>', 'Sigstore signing config naming Fulcio, Rekor and TSA')
        .option('--fulcio-url <url>', 'Fulcio (keyless; default the public instance)')
        .option('--rekor-url <url>', 'Rekor transparency log (keyless default: the public instance)')
        .option('--tsa-url <url>', 'RFC 3161 timestamp authority')
        .option('--identity-token <file>', "file holding the OIDC token (default: the GitHub Actions runtime's)")
        .option('--recursive', 'also sign every platform manifest of an index')
        .option('--json', 'print the result as JSON on stdout')).action(async (image, flags, cmd) => {
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        if (flags.signingConfig && (flags.fulcioUrl || flags.rekorUrl || flags.tsaUrl)) {
            throw new errors/* InputError */.dz('--signing-config and --fulcio-url/--rekor-url/--tsa-url exclude each other');
        }
        // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
        const [{ parseSigningConfig }, { signStep }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(926), __nccwpck_require__.e(573)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2573)),
            Promise.all(/* import() */[__nccwpck_require__.e(776), __nccwpck_require__.e(926), __nccwpck_require__.e(197), __nccwpck_require__.e(375), __nccwpck_require__.e(419), __nccwpck_require__.e(846), __nccwpck_require__.e(676)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22676)),
        ]);
        let services = {};
        if (flags.signingConfig) {
            services = parseSigningConfig(await readUserFile(ctx.io, flags.signingConfig, '--signing-config'), `--signing-config ${flags.signingConfig}`);
        }
        else {
            services = {
                ...(flags.fulcioUrl ? { fulcioUrl: flags.fulcioUrl } : {}),
                ...(flags.rekorUrl ? { rekorUrl: flags.rekorUrl } : {}),
                ...(flags.tsaUrl ? { tsaUrl: flags.tsaUrl } : {}),
            };
        }
        for (const [flag, url] of Object.entries(services)) {
            if (typeof url === 'string' && !URL.canParse(url))
                throw new errors/* InputError */.dz(`${flag}: not a URL: ${url}`);
        }
        let key;
        let identityToken;
        if (flags.key) {
            const password = keyPassword(ctx.io);
            key = {
                text: await readUserFile(ctx.io, flags.key, '--key'),
                ...(password !== undefined ? { password } : {}),
                where: `--key ${flags.key}`,
            };
        }
        else if (flags.identityToken) {
            const token = (await readUserFile(ctx.io, flags.identityToken, '--identity-token')).trim();
            if (token.split('.').length !== 3)
                throw new errors/* InputError */.dz(`--identity-token ${flags.identityToken}: not a JWT`);
            identityToken = async () => token;
        }
        else if (hasActionsIdToken(ctx.io.env)) {
            identityToken = actionsIdTokenProvider(ctx.io.env);
        }
        const result = await signStep({
            image,
            access,
            format: flags.signatureFormat,
            ...(key ? { key } : {}),
            ...(identityToken ? { identityToken } : {}),
            services,
            recursive: Boolean(flags.recursive),
        }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
            return;
        }
        for (const s of result.signatures) {
            const log = s.transparencyLog.map((t) => ` tlog ${t.index}${t.url ? ` ${t.url}` : ''}`).join('');
            ctx.io.stdout.write(`${s.format} ${s.subject} -> ${s.location}${log}\n`);
        }
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts







function matcher(exact, pattern, name) {
    if (exact !== undefined && pattern !== undefined) {
        throw new errors/* InputError */.dz(`--${name} and --${name}-regexp exclude each other`);
    }
    if (exact !== undefined)
        return { exact };
    if (pattern !== undefined)
        return { pattern };
    return undefined;
}
function registerVerify(program, ctx) {
    addAccessOptions(program
        .command('verify')
        .description("verify an image's signatures (cosign bundle and legacy formats) against a key or an identity policy")
        .argument('<IMAGE>', 'image to verify')
        .option('--key <file>', 'public key PEM (cosign.pub)')
        .option('--certificate-identity <san>', 'certificate subject (SAN), exactly')
        .option('--certificate-identity-regexp <re>', 'certificate subject (SAN), a regular expression matching all of it')
        .option('--certificate-oidc-issuer <url>', 'OIDC issuer, exactly')
        .option('--certificate-oidc-issuer-regexp <re>', 'OIDC issuer, a regular expression matching all of it')
        .option('--certificate-github-workflow-repository <owner/repo>', 'GitHub repository that ran the workflow')
        .option('--certificate-github-workflow-ref <ref>', 'git ref the workflow ran on (refs/tags/v1.0.0)')
        .option('--certificate-github-workflow-name <name>', 'workflow name')
        .option('--certificate-github-workflow-trigger <event>', 'event that triggered the workflow (push, release…)')
        .option('--certificate-github-workflow-sha <sha>', 'commit the workflow ran on')
        .option('--trusted-root <file>', 'Sigstore trusted root JSON (default: the public instance, through TUF)')
        .option('--tuf-cache <dir>', 'where the TUF-updated trusted root is cached')
        .option('--offline', 'use the cached trusted root without updating it')
        .option('--insecure-ignore-tlog', 'accept certificate signatures with an RFC 3161 timestamp but no log entry')
        .option('--json', 'print every verdict as JSON on stdout')).action(async (image, flags, cmd) => {
        // Loaded on demand: the Sigstore libraries are heavy and no other command needs them.
        const [{ validatePolicy }, { parseTrustedRoot, publicTrustedRoot }, { verifyStep }] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(197), __nccwpck_require__.e(474)]).then(__nccwpck_require__.bind(__nccwpck_require__, 474)),
            Promise.all(/* import() */[__nccwpck_require__.e(926), __nccwpck_require__.e(375), __nccwpck_require__.e(206), __nccwpck_require__.e(747)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72747)),
            Promise.all(/* import() */[__nccwpck_require__.e(776), __nccwpck_require__.e(926), __nccwpck_require__.e(197), __nccwpck_require__.e(375), __nccwpck_require__.e(419), __nccwpck_require__.e(771), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 37155)),
        ]);
        const access = await accessFrom(flags, ctx.io);
        const reporter = cliReporter(ctx.io, cmd.optsWithGlobals().verbose);
        const subject = matcher(flags.certificateIdentity, flags.certificateIdentityRegexp, 'certificate-identity');
        const issuer = matcher(flags.certificateOidcIssuer, flags.certificateOidcIssuerRegexp, 'certificate-oidc-issuer');
        const github = Object.fromEntries(Object.entries({
            repository: flags.certificateGithubWorkflowRepository,
            ref: flags.certificateGithubWorkflowRef,
            workflow: flags.certificateGithubWorkflowName,
            trigger: flags.certificateGithubWorkflowTrigger,
            sha: flags.certificateGithubWorkflowSha,
        }).filter(([, v]) => v !== undefined));
        const policy = {
            ...(subject ? { subject } : {}),
            ...(issuer ? { issuer } : {}),
            ...(github && Object.keys(github).length ? { github } : {}),
        };
        validatePolicy(policy, {
            subject: '--certificate-identity-regexp',
            issuer: '--certificate-oidc-issuer-regexp',
        });
        let trust;
        if (flags.key) {
            if (subject || issuer || policy.github) {
                throw new errors/* InputError */.dz('--key and the --certificate-* identity flags exclude each other');
            }
            const text = await readUserFile(ctx.io, flags.key, '--key');
            try {
                trust = { publicKey: (0,external_node_crypto_.createPublicKey)(text) };
            }
            catch {
                throw new errors/* InputError */.dz(`--key ${flags.key}: not a PEM public key`);
            }
        }
        else if (flags.trustedRoot) {
            trust = {
                trustedRoot: parseTrustedRoot(await readUserFile(ctx.io, flags.trustedRoot, '--trusted-root'), `--trusted-root ${flags.trustedRoot}`),
            };
        }
        else {
            if (!subject || !issuer) {
                throw new errors/* InputError */.dz('give --key FILE, or an identity: --certificate-identity[-regexp] and --certificate-oidc-issuer[-regexp]');
            }
            const cache = flags.tufCache ??
                (0,external_node_path_.join)(ctx.io.env.XDG_CACHE_HOME || (0,external_node_path_.join)(ctx.io.env.HOME || (0,external_node_os_.homedir)(), '.cache'), 'lading', 'tuf');
            trust = { trustedRoot: await publicTrustedRoot(cache, Boolean(flags.offline)) };
        }
        const result = await verifyStep({
            image,
            access,
            trust,
            policy,
            requireTransparencyLog: !flags.insecureIgnoreTlog,
        }, reporter);
        if (flags.json) {
            ctx.io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        }
        else {
            for (const s of result.signatures) {
                ctx.io.stdout.write(`${s.ok ? 'valid  ' : 'invalid'} ${s.format.padEnd(6)} ${s.location}: ${s.reason}\n`);
            }
        }
        if (!result.verified) {
            ctx.io.stderr.write(`lading: no valid signature for ${result.image} (${result.signatures.length} found${result.signatures.length ? ', each listed above with its reason' : ''})\n`);
            ctx.setExit(errors/* ExitCode */.yU.denied);
        }
    });
}

;// CONCATENATED MODULE: ./src/cli/program.ts













const EXIT_CODES_HELP = `
Exit codes (every subcommand):
  0  done
  1  a gate or a verification said no
  2  bad usage or bad input
  3  anything else went wrong (network, registry, disk)

SOURCE is registry:REF, oci-dir:DIR[:TAG|@DIGEST], oci-archive:FILE[:TAG|@DIGEST],
docker-archive:FILE[:REF], dir:PATH, or a bare reference (a path if it exists,
else a registry reference).`;
/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
async function run(argv, io) {
    let exit = errors/* ExitCode */.yU.ok;
    const ctx = { io, setExit: (code) => (exit = code) };
    const program = new command_Command('lading')
        .description('Carry a container image from build to a registry that only lets trusted images through.')
        .version(VERSION, '--version', 'print the version')
        .addOption(new option_Option('-v, --verbose', 'print debug detail on stderr'))
        .addHelpText('after', EXIT_CODES_HELP)
        .showHelpAfterError('(run with --help for usage)')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
    });
    registerCopy(program, ctx);
    registerInspect(program, ctx);
    registerBuild(program, ctx);
    registerQuickstart(program, ctx);
    registerSbom(program, ctx);
    registerDb(program, ctx);
    registerScan(program, ctx);
    registerSign(program, ctx);
    registerVerify(program, ctx);
    registerPolicy(program, ctx);
    for (const cmd of program.commands) {
        cmd.exitOverride().configureOutput({
            writeOut: (s) => io.stdout.write(s),
            writeErr: (s) => io.stderr.write(s),
        });
        cmd.addHelpText('after', EXIT_CODES_HELP);
    }
    if (argv.length === 0) {
        program.outputHelp();
        return errors/* ExitCode */.yU.badInput;
    }
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exit;
    }
    catch (err) {
        if (err instanceof CommanderError) {
            // Help and version are not errors; everything else commander raises is bad usage.
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
                return errors/* ExitCode */.yU.ok;
            if (err.code === 'commander.help')
                return errors/* ExitCode */.yU.ok;
            return errors/* ExitCode */.yU.badInput;
        }
        io.stderr.write(`lading: ${(0,errors/* describeError */.Uc)(err)}\n`);
        if (program.opts().verbose && err instanceof Error && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return (0,errors/* exitCodeOf */.FO)(err);
    }
}
/** Commander collects repeated options through this. */
function collect(value, previous = []) {
    return [...previous, value];
}
function requireArg(value, name) {
    if (!value)
        throw new InputError(`missing ${name}`);
    return value;
}

;// CONCATENATED MODULE: ./src/cli/index.ts

// A reader that goes away (`lading inspect … | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
        if (err.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw err;
    });
}
void run(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
}).then((code) => {
    process.exitCode = code;
});

