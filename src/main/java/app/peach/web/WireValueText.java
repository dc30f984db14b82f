package app.peach.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.ClassUtil;

import app.peach.vocabulary.WireValue;

/**
 * Writes an enum of the contract ({@link WireValue}) from its wire value, encoded once per constant. Jackson
 * otherwise writes such an enum through its {@code @JsonValue} method, called by reflection for every value:
 * with the access check that comes with {@code Method.invoke}, that was 3 % of the samples in a profile of
 * {@code POST /energy}, whose answer holds seven of them. Same text as {@link WireValue#apiValue()}.
 */
final class WireValueText extends StdSerializer<WireValue> {
    private final SerializedString[] byOrdinal;

    WireValueText(Class<? extends WireValue> enumType) {
        super(WireValue.class);
        Object[] constants = enumType.getEnumConstants();
        byOrdinal = new SerializedString[constants.length];
        for (int i = 0; i < constants.length; i++) {
            byOrdinal[i] = new SerializedString(((WireValue) constants[i]).apiValue());
        }
    }

    @Override
    public void serialize(WireValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(byOrdinal[value.ordinal()]);
    }

    /** Finds this serializer for every enum that implements {@link WireValue}, and no other type. */
    static final class ForWireEnums extends SimpleSerializers {
        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription bean) {
            Class<?> raw = type.getRawClass();
            if (Enum.class.isAssignableFrom(raw) && WireValue.class.isAssignableFrom(raw)) {
                return new WireValueText(ClassUtil.findEnumType(raw).asSubclass(WireValue.class));
            }
            return super.findSerializer(config, type, bean);
        }
    }
}
