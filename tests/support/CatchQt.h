#pragma once

// Catch2 printers for Qt types, so a failed CHECK shows the values instead of "{?}".
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value) { return "0x" + value.toHex().toStdString(); }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};

template<>
struct StringMaker<QSize>
{
    static std::string convert(const QSize& value)
    {
        return std::to_string(value.width()) + "x" + std::to_string(value.height());
    }
};

template<>
struct StringMaker<QVariant>
{
    static std::string convert(const QVariant& value) { return value.toString().toStdString(); }
};

} // namespace Catch
